import { delimiter, join, resolve } from 'node:path';
import { projectRoot } from './projectRoot.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  port: number;
  /** Interface the API listens on: loopback unless told otherwise (Docker sets 0.0.0.0). */
  host: string;
  production: boolean;
  /** When unset, the project runs its own local Neo4j. */
  neo4j: Neo4jConnection | undefined;
  local: { home: string; boltPort: number; httpPort: number; password: string | undefined };
  queryTimeoutMs: number;
  /** The whole request's budget: its queries together get no more. */
  requestDeadlineMs: number;
  /** The bearer token mutations require; without one, writes are disabled. */
  apiToken: string | undefined;
  /** Alias-list files or folders (CLAIMGRAPH_ENTITIES, separated like PATH) read at start-up after the built-in one. */
  entityPaths: string[];
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, got "${raw}"`);
  }
  return value;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  let neo4j: Neo4jConnection | undefined;
  if (uri) {
    if (!env.NEO4J_PASSWORD) throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of that Neo4j');
    neo4j = { uri, user: env.NEO4J_USERNAME || 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined };
  }
  return {
    port: intFrom(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    production: env.NODE_ENV === 'production',
    neo4j,
    local: {
      home: resolve(env.CLAIMGRAPH_NEO4J_HOME || join(projectRoot, '.neo4j')),
      boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687),
      httpPort: intFrom(env, 'NEO4J_HTTP_PORT', 7474),
      password: env.NEO4J_PASSWORD || undefined,
    },
    queryTimeoutMs: intFrom(env, 'QUERY_TIMEOUT_MS', 10_000),
    requestDeadlineMs: intFrom(env, 'REQUEST_DEADLINE_MS', 15_000),
    apiToken: env.CLAIMGRAPH_API_TOKEN?.trim() || undefined,
    entityPaths: (env.CLAIMGRAPH_ENTITIES ?? '').split(delimiter).map((path) => path.trim()).filter((path) => path !== ''),
  };
}
