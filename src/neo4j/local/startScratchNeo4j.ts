import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, Neo4jConnection } from '../../config/Config.js';
import type { PluginArtifact } from './installPlugins.js';
import { freePort } from './isPortFree.js';
import { LocalNeo4j } from './LocalNeo4j.js';

export interface ScratchNeo4j {
  connection: Neo4jConnection;
  /** Stops the server this call started and removes its data; nothing when NEO4J_URI was used. */
  dispose(): Promise<void>;
}

export interface ScratchNeo4jOptions {
  /** Plugin jars from Maven Central for the local server (ignored with NEO4J_URI), e.g. APOC core for a benchmark. */
  plugins?: PluginArtifact[];
  /** Extra neo4j.conf settings for the local server (ignored with NEO4J_URI). */
  settings?: Record<string, string>;
}

/**
 * A Neo4j for a test run or a benchmark: NEO4J_URI when configured, otherwise a local server on
 * free ports with a data folder of its own, so that it never touches the user's graph.
 */
export async function startScratchNeo4j(config: Config, log: (line: string) => void, options: ScratchNeo4jOptions = {}): Promise<ScratchNeo4j> {
  if (config.neo4j) return { connection: config.neo4j, dispose: async () => {} };
  const instanceDir = await mkdtemp(join(tmpdir(), 'claimgraph-scratch-neo4j-'));
  const local = new LocalNeo4j({
    home: config.local.home, instanceDir, boltPort: await freePort(), httpPort: await freePort(), log,
    plugins: options.plugins, settings: options.settings,
  });
  const dispose = async () => {
    await local.stop();
    await rm(instanceDir, { recursive: true, force: true });
  };
  try {
    await local.start();
    return { connection: { uri: local.boltUri, user: 'neo4j', password: await local.password(), database: undefined }, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
