import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../../src/config/Config.js';
import { loadSeedGraph } from '../../src/ingest/seed/loadSeedGraph.js';
import { freePort } from '../../src/neo4j/local/isPortFree.js';
import { LocalNeo4j } from '../../src/neo4j/local/LocalNeo4j.js';
import { openDatabase, SEED_DIR } from '../../src/server/startServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * One real Neo4j for the whole run: NEO4J_URI when set, otherwise a local server on free ports
 * with a data folder of its own, removed afterwards. The seed graph is loaded before any test.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let instanceDir: string | undefined;
  const teardown = async () => {
    await local?.stop();
    if (instanceDir) await rm(instanceDir, { recursive: true, force: true });
  };
  let connection = config.neo4j;
  try {
    if (!connection) {
      instanceDir = await mkdtemp(join(tmpdir(), 'claimgraph-test-neo4j-'));
      local = new LocalNeo4j({
        home: config.local.home,
        instanceDir,
        boltPort: await freePort(),
        httpPort: await freePort(),
        log: (line) => console.log(line),
      });
      await local.start();
      connection = { uri: local.boltUri, user: 'neo4j', password: await local.password(), database: undefined };
    }
    const db = await openDatabase(config, connection);
    try {
      await loadSeedGraph(db, SEED_DIR);
    } finally {
      await db.close();
    }
    project.provide('neo4j', connection);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
