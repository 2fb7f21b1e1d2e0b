import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_TOKENS } from '../../src/server/queryLimits.js';
import type { RunningServer } from '../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

/** A selection of exactly `depth` fields: figure, then quotes and speakers in turn, then an id. */
function nested(depth: number): string {
  const hops = Array.from({ length: depth - 2 }, (_, i) => (i % 2 === 0 ? 'quotes' : 'speaker'));
  let selection = 'id';
  for (const hop of hops.reverse()) {
    selection = hop === 'quotes' ? `quotes(first: 1) { nodes { id ${selection} } }` : `speaker { id ... on Person { ${selection} } }`;
  }
  return `figure(id: "001_b8db9f55b5bca3db:f1") { id ${selection} }`;
}

describe('query limits', () => {
  let server: RunningServer;
  const gql = (query: string) => postGraphQL(server.url, query);
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it(`allows ${MAX_DEPTH} levels of fields, connection wrappers not counted`, async () => {
    const { body } = await gql(`{ ${nested(MAX_DEPTH)} }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.figure).not.toBeNull();
  });

  it('refuses deeper operations, fragments included', async () => {
    const deep = await gql(`{ ${nested(MAX_DEPTH + 1)} }`);
    expect(deep.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(deep.body.errors?.[0]?.message).toMatch(/depth \d+ exceeds the limit of 8/);
    const viaFragment = await gql(`{ ...F } fragment F on Query { ${nested(MAX_DEPTH + 1)} }`);
    expect(viaFragment.body.errors?.[0]?.message).toMatch(/depth \d+ exceeds the limit/);
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`;
    expect((await gql(aliases(MAX_ALIASES))).body.errors).toBeUndefined();
    const tooMany = await gql(aliases(MAX_ALIASES + 1));
    expect(tooMany.body.errors?.[0]).toMatchObject({ message: '16 aliases exceed the limit of 15', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it(`refuses operations that could return more than ${MAX_COST} items, nested pages multiplied`, async () => {
    const threePages = '{ figures(first: 100) { nodes { quotes(first: 100) { nodes { aboutFigures(first: 98) { nodes { id } } } } } } }';
    expect((await gql(threePages)).body.errors).toBeUndefined();
    const fourPages = '{ figures(first: 100) { nodes { quotes(first: 100) { nodes { aboutFigures(first: 100) { nodes { quotes { totalCount } } } } } } } }';
    const refused = await gql(fourPages);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(refused.body.errors?.[0]?.message).toMatch(/^Query could return \d+ items; the limit is 1000000/);
    const viaFragment = await gql(`{ figures(first: 100) { nodes { ...Q } } } fragment Q on Figure { quotes(first: 100) { nodes { aboutFigures(first: 100) { nodes { quotes { totalCount } } } } } }`);
    expect(viaFragment.body.errors?.[0]?.message).toMatch(/^Query could return/);
  });

  it('measures each fragment once, so a chain of doubling fragments is judged at once', async () => {
    const levels = 60;
    const chain = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    const { body } = await gql(`{ ...F0 } ${chain} fragment F${levels} on Query { a: articles { totalCount } }`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(body.errors?.[0]?.message).toMatch(/aliases exceed the limit/);
  });

  it('counts aliases at every spread of their fragment, and a negative page as none', async () => {
    const spread = await gql(`{ x: person(id: "john-morton") { ...P } y: person(id: "john-morton") { ...P } }
      fragment P on Person { a: name b: name c: name d: name e: name f: name g: name }`);
    expect(spread.body.errors?.[0]?.message).toBe('16 aliases exceed the limit of 15');
    const negative = await gql(`{ a: person(id: "john-morton") { quotes(first: -2147483648) { totalCount } }
      figures(first: 100) { nodes { quotes(first: 100) { nodes { aboutFigures(first: 100) { nodes { quotes { totalCount } } } } } } } }`);
    expect(negative.body.errors?.[0]?.message).toMatch(/^Query could return/);
  });

  it(`refuses documents of more than ${MAX_TOKENS} tokens before validating them`, async () => {
    const { body } = await gql(`{ ${'__typename '.repeat(MAX_TOKENS)} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/Document contains more th\w+ 2000 tokens/);
  });
});
