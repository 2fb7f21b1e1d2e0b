import { inject } from 'vitest';
import { loadConfig } from '../../src/config/Config.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** The real server on a free port, talking to the run's Neo4j. */
export async function startTestServer(env: NodeJS.ProcessEnv = {}, port = 0): Promise<RunningServer> {
  const neo4j = inject('neo4j');
  const config = loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_USERNAME: neo4j.user, ...env });
  return startServer({ ...config, port }, { seed: false, log: () => {} });
}

export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}
