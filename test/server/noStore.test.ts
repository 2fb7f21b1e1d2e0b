import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/startServer.js';
import { startTestServer } from '../support/testServer.js';

describe('answers are not cached', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('marks answers and errors no-store, for POST and GET alike', async () => {
    const post = (query: string) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const responses = [
      await post('{ person(id: "john-morton") { name } }'),
      await post('{ nope }'),
      await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
    ];
    for (const response of responses) expect(response.headers.get('cache-control')).toBe('no-store');
    expect(responses.map((response) => response.status)).toEqual([200, 400, 200]);
  });
});
