import { join } from 'node:path';
import type { Config, Neo4jConnection } from '../config/Config.js';
import { LocalNeo4j } from './local/LocalNeo4j.js';

export interface Neo4jTarget {
  connection: Neo4jConnection;
  /** Set when the project runs the server itself. */
  local: LocalNeo4j | undefined;
  /** True when this call started the local server, so whoever called it should stop it. */
  startedHere: boolean;
}

export function localNeo4jOf(config: Config, log: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({
    home: config.local.home,
    instanceDir: join(config.local.home, 'instance'),
    boltPort: config.local.boltPort,
    httpPort: config.local.httpPort,
    initialPassword: config.local.password,
    log,
  });
}

/** NEO4J_URI when given; otherwise the project's own local server, started if it is not running. */
export async function connectNeo4j(config: Config, log: (line: string) => void): Promise<Neo4jTarget> {
  if (config.neo4j) return { connection: config.neo4j, local: undefined, startedHere: false };
  const local = localNeo4jOf(config, log);
  const { startedNow } = await local.start();
  return {
    connection: { uri: local.boltUri, user: 'neo4j', password: await local.password(), database: undefined },
    local,
    startedHere: startedNow,
  };
}
