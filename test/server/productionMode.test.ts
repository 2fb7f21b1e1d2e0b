import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

describe('in production', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.stop());

  it('refuses introspection and gives no schema hints', async () => {
    const introspection = await postGraphQL(server.url, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await postGraphQL(server.url, '{ person(id: "john-morton") { nam } }');
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "nam" on type "Person".');
  });

  it('serves no landing page', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it('still answers queries', async () => {
    const { body } = await postGraphQL(server.url, '{ person(id: "john-morton") { name } }');
    expect(body.data?.person).toEqual({ name: 'John Morton' });
  });
});
