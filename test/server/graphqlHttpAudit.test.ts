import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/startServer.js';
import { startTestServer } from '../support/testServer.js';

describe('GraphQL over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('passes every MUST of the graphql-http audit suite', async () => {
    const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    expect(results.length).toBeGreaterThan(20);
    const failures = results.filter(({ result }) => result.status === 'error').map(({ name, result }) => `${name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
  });
});
