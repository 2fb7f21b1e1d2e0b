import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../../src/config/Config.js';
import { loadSeedGraph } from '../../src/ingest/seed/loadSeedGraph.js';
import { startScratchNeo4j } from '../../src/neo4j/local/startScratchNeo4j.js';
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
  const scratch = await startScratchNeo4j(config, (line) => console.log(line));
  try {
    // The first write to a fresh server compiles every query plan; on a busy machine that alone can
    // outlast the normal query timeout, which is not what any test is about.
    const db = await openDatabase({ ...config, queryTimeoutMs: Math.max(config.queryTimeoutMs, 60_000) }, scratch.connection);
    try {
      await loadSeedGraph(db, SEED_DIR);
      // Quote, title and figure text are indexed in the background; searches must see the seed.
      await db.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    } finally {
      await db.close();
    }
    project.provide('neo4j', scratch.connection);
  } catch (error) {
    await scratch.dispose();
    throw error;
  }
  return () => scratch.dispose();
}
