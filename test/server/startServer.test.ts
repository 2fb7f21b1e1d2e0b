import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/local/isPortFree.js';
import { StartupError } from '../../src/server/StartupError.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

describe('startServer', () => {
  it('fails with a one-line message that says what to check when NEO4J_URI cannot be reached', async () => {
    const port = await freePort();
    const attempt = startTestServer({ NEO4J_URI: `bolt://localhost:${port}` });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(/^cannot reach Neo4j at bolt:\/\/localhost:\d+ \(.*\): check NEO4J_URI/);
  });

  it('answers QUERY_TIMEOUT once a request has used up REQUEST_DEADLINE_MS', async () => {
    const server = await startTestServer({ REQUEST_DEADLINE_MS: '1' });
    try {
      const { body } = await postGraphQL(server.url, '{ figures { totalCount } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    } finally {
      await server.stop();
    }
  });

  it('says which port is taken, and can start again once it is free', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      await expect(startTestServer({}, port)).rejects.toThrow(`port ${port} is taken: set PORT to a free port`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
    const server = await startTestServer({}, port);
    expect(server.url).toBe(`http://localhost:${port}/graphql`);
    await server.stop();
  });
});
