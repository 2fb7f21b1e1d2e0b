import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

/** `where` filters against the same question asked in hand-written Cypher over the seed graph. */
describe('where filters', () => {
  let server: RunningServer;
  const keysOf = async (query: string, field: string) => {
    const { body } = await postGraphQL(server.url, query);
    expect(body.errors).toBeUndefined();
    return (body.data![field].nodes as { key: string }[]).map((node) => node.key);
  };
  const idsFrom = async (statement: string) =>
    (await server.db.driver.executeQuery(statement)).records.map((record) => record.get('id') as string).sort();
  const codeOf = async (query: string) => (await postGraphQL(server.url, query)).body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('finds quotes whose speaker holds a position at an agency (relationship filters, nested)', async () => {
    const found = await keysOf(`{ quotes(where: {speaker: {person: {roles: {some: {organization: {kind: {eq: AGENCY}}}}}}}, first: 100) { nodes { key } } }`, 'quotes');
    const expected = await idsFrom(`
      MATCH (p:Person)-[:SAID]->(q:Quote) WHERE EXISTS { (p)-[:HOLDS_ROLE]->(:Organization {kind: 'agency'}) }
      RETURN DISTINCT q.id AS id`);
    expect(expected.length).toBeGreaterThan(3);
    expect(found).toEqual(expected);
  });

  it('finds figures with a period in a list and a source of a kind', async () => {
    const found = await keysOf(
      `{ figures(where: {period: {in: ["FY2011", "FY2012", "FY2013"]}, source: {organization: {kind: {in: [AGENCY]}}}}, first: 100) { nodes { key } } }`,
      'figures',
    );
    const expected = await idsFrom(`
      MATCH (f:Figure)-[:ATTRIBUTED_TO]->(s:Organization {kind: 'agency'}) WHERE f.period IN ['FY2011', 'FY2012', 'FY2013']
      RETURN DISTINCT f.id AS id`);
    expect(expected.length).toBeGreaterThan(2);
    expect(found).toEqual(expected);
  });

  it('combines conditions with AND, OR and NOT, and ranges', async () => {
    const found = await keysOf(
      `{ figures(where: {measure: {eq: "removals"}, OR: [{value: {gte: 400000}}, {approximate: true}], NOT: {period: {startsWith: "fy2013"}}}, first: 100) { nodes { key } } }`,
      'figures',
    );
    const expected = await idsFrom(`
      MATCH (f:Figure {measure: 'removals'})
      WHERE (f.value >= 400000 OR f.approximate = true) AND NOT toLower(f.period) STARTS WITH 'fy2013'
      RETURN f.id AS id`);
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });

  it('tells some, none and all apart, with all true of a speaker who said nothing', async () => {
    const query = (condition: string) => `{ people(where: {quotes: {${condition}: {direct: true}}}, first: 100) { nodes { key } } }`;
    const [some, none, all] = (await Promise.all(['some', 'none', 'all'].map((condition) => keysOf(query(condition), 'people')))) as [string[], string[], string[]];
    expect(some).toEqual(await idsFrom(`MATCH (p:Person) WHERE EXISTS { (p)-[:SAID]->(:Quote {direct: true}) } RETURN p.id AS id`));
    expect(none).toEqual(await idsFrom(`MATCH (p:Person) WHERE NOT EXISTS { (p)-[:SAID]->(:Quote {direct: true}) } RETURN p.id AS id`));
    expect(all).toEqual(await idsFrom(`MATCH (p:Person) WHERE NOT EXISTS { (p)-[:SAID]->(q:Quote) WHERE NOT q.direct = true } RETURN p.id AS id`));
    expect(some.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(0);
  });

  it('matches text case-insensitively and treats what looks like Cypher as plain text', async () => {
    const found = await keysOf(`{ quotes(where: {text: {contains: "DEPORT"}}, first: 100) { nodes { key } } }`, 'quotes');
    expect(found).toEqual(await idsFrom(`MATCH (q:Quote) WHERE toLower(q.text) CONTAINS 'deport' RETURN q.id AS id`));
    expect(found.length).toBeGreaterThan(0);
    const injected = await keysOf(`{ quotes(where: {text: {eq: "x' OR 1=1 //"}}, first: 100) { nodes { key } } }`, 'quotes');
    expect(injected).toEqual([]);
  });

  it('filters articles by publication date and publisher', async () => {
    // The seed articles carry no dates: three of this test's own, removed afterwards.
    await server.db.driver.executeQuery(`
      MERGE (o:Organization {id: 'zz-where-test-outlet'}) SET o.name = 'Where Test Gazette', o.kind = 'media'
      WITH o UNWIND [['zz-where-test-1', '2012-05-01'], ['zz-where-test-2', '2013-03-02'], ['zz-where-test-3', '2014-07-03']] AS row
      MERGE (a:Article {id: row[0]}) SET a.title = 'Where test ' + row[0], a.publishedOn = date(row[1])
      MERGE (a)-[:PUBLISHED_BY]->(o)`);
    try {
      const found = await keysOf(
        `{ articles(where: {publishedOn: {gte: "2013-01-01", lt: "2014-12-31"}, publisher: {names: {contains: "where TEST"}}}, sort: NEWEST) { nodes { key } } }`,
        'articles',
      );
      expect(found).toEqual(['zz-where-test-3', 'zz-where-test-2']);
    } finally {
      await server.db.driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'zz-where-test-' DETACH DELETE n`);
    }
  });

  it('refuses a malformed date and an id of the wrong type as bad user input', async () => {
    expect(await codeOf(`{ articles(where: {publishedOn: {gt: "2013-02-30"}}) { nodes { key } } }`)).toBe('BAD_USER_INPUT');
    const personId = Buffer.from('Person:john-morton').toString('base64url');
    expect(await codeOf(`{ figures(where: {id: {eq: "${personId}"}}) { nodes { key } } }`)).toBe('BAD_USER_INPUT');
  });
});
