import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

describe('global object identification', () => {
  let server: RunningServer;
  const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(server.url, query, variables);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('fetches any node again by its opaque id with node(id), whatever its type', async () => {
    const { body } = await gql(`{
      person(id: "john-morton") { id key }
      figure(id: "003_2c555874427f9e5a:f2") { id key }
      quote(id: "001_b8db9f55b5bca3db:q3") { id key }
    }`);
    const ids = [body.data?.person.id, body.data?.figure.id, body.data?.quote.id] as string[];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).not.toMatch(/john-morton|003_|001_/);
    const again = await gql(`query ($a: ID!, $b: ID!, $c: ID!) {
      a: node(id: $a) { __typename id key ... on Person { name } }
      b: node(id: $b) { __typename key ... on Figure { valueText } }
      c: node(id: $c) { __typename key ... on Quote { speaker { name } } }
    }`, { a: ids[0], b: ids[1], c: ids[2] });
    expect(again.body.data).toEqual({
      a: { __typename: 'Person', id: ids[0], key: 'john-morton', name: 'John Morton' },
      b: { __typename: 'Figure', key: '003_2c555874427f9e5a:f2', valueText: '396,906' },
      c: { __typename: 'Quote', key: '001_b8db9f55b5bca3db:q3', speaker: { name: 'John Morton' } },
    });
  });

  it('accepts a global id wherever an id is an argument, and refuses one of the wrong type', async () => {
    const { body } = await gql('{ organization(id: "u-s-immigration-and-customs-enforcement") { id } article(id: "003_2c555874427f9e5a") { id } }');
    const ice = body.data?.organization.id as string;
    const article = body.data?.article.id as string;
    const viaGlobal = await gql(`query ($ice: ID!, $article: ID!) {
      organization(id: $ice) { key }
      quotes(filter: { speakerId: $ice, articleId: $article }, first: 100) { totalCount }
      byKey: quotes(filter: { speakerId: "u-s-immigration-and-customs-enforcement", articleId: "003_2c555874427f9e5a" }, first: 100) { totalCount }
    }`, { ice, article });
    expect(viaGlobal.body.data?.organization.key).toBe('u-s-immigration-and-customs-enforcement');
    expect(viaGlobal.body.data?.quotes.totalCount).toBeGreaterThan(0);
    expect(viaGlobal.body.data?.quotes.totalCount).toBe(viaGlobal.body.data?.byKey.totalCount);
    const wrong = await gql('query ($id: ID!) { person(id: $id) { name } }', { id: article });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for an id that is not a global id or names nothing', async () => {
    const { body } = await gql('{ a: node(id: "john-morton") { id } b: node(id: "UGVyc29uOm5vLXN1Y2gtcGVyc29u") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ a: null, b: null });
  });
});
