import { inject } from 'vitest';
import { loadConfig } from '../../src/config/Config.js';
import type { Database } from '../../src/neo4j/Database.js';
import { openDatabase } from '../../src/server/startServer.js';

/** A Database on the run's Neo4j (see neo4jGlobalSetup). */
export function openTestDatabase(): Promise<Database> {
  return openDatabase(loadConfig({}), inject('neo4j'));
}
