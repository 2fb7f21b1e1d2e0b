import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

/** People this file creates and removes; no other test's data has this prefix. */
const PREFIX = 'zz-connections-test-';

describe('connections', () => {
  let server: RunningServer;
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await postGraphQL(server.url, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const cypher = (statement: string, params: Record<string, unknown> = {}) => server.db.driver.executeQuery(statement, params);

  beforeAll(async () => {
    server = await startTestServer();
    await cypher('UNWIND range(1, 9) AS i MERGE (p:Person {id: $prefix + toString(i * 10)}) SET p.name = p.id', { prefix: PREFIX });
  });
  afterAll(async () => {
    await cypher('MATCH (p:Person) WHERE p.id STARTS WITH $prefix DETACH DELETE p', { prefix: PREFIX });
    await server.stop();
  });

  const OURS = `where: {name: {startsWith: "${PREFIX}"}}`;
  const PEOPLE = `query ($first: Int, $after: String, $last: Int, $before: String) {
    people(${OURS}, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { key } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  it('pages backward with last/before through the same rows as forward, in the same order', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { people } = await gql(PEOPLE, { first: 4, after });
      forward.push(...people.edges.map((edge: { node: { key: string } }) => edge.node.key));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { people } = await gql(PEOPLE, { last: 4, before });
      backward.unshift(...people.edges.map((edge: { node: { key: string } }) => edge.node.key));
      if (!people.pageInfo.hasPreviousPage) break;
      before = people.pageInfo.startCursor;
    }
    expect(forward).toHaveLength(9);
    expect(backward).toEqual(forward);
    expect([...forward].sort()).toEqual(forward);
  });

  it('keeps its place when rows are inserted before the cursor (keyset, not offset)', async () => {
    const first = (await gql(PEOPLE, { first: 3 })).people;
    expect(first.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual([`${PREFIX}10`, `${PREFIX}20`, `${PREFIX}30`]);
    // Two people that sort before the page's end arrive between the requests.
    await cypher('UNWIND ["11", "12"] AS suffix MERGE (p:Person {id: $prefix + suffix}) SET p.name = p.id', { prefix: PREFIX });
    try {
      const next = (await gql(PEOPLE, { first: 3, after: first.pageInfo.endCursor })).people;
      expect(next.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual([`${PREFIX}40`, `${PREFIX}50`, `${PREFIX}60`]);
      expect(next.pageInfo.hasPreviousPage).toBe(true);
    } finally {
      await cypher('MATCH (p:Person) WHERE p.id IN [$prefix + "11", $prefix + "12"] DETACH DELETE p', { prefix: PREFIX });
    }
  });

  it('keyset pages a ranked sort both ways: figures by value, descending', async () => {
    const query = `query ($first: Int, $after: String, $last: Int, $before: String) {
      figures(where: {measure: {eq: "removals"}}, sort: VALUE_DESC, first: $first, after: $after, last: $last, before: $before) {
        nodes { key value } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
      }
    }`;
    const all = (await gql(query, { first: 100 })).figures;
    const values = all.nodes.map((node: { value: number }) => node.value);
    expect(values.length).toBe(all.totalCount);
    expect(values.length).toBeGreaterThanOrEqual(6);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const middle = (await gql(query, { first: 3, after: (await gql(query, { first: 3 })).figures.pageInfo.endCursor })).figures;
    expect(middle.nodes).toEqual(all.nodes.slice(3, 6));
    const back = (await gql(query, { last: 3, before: middle.pageInfo.endCursor })).figures;
    expect(back.nodes).toEqual(all.nodes.slice(2, 5));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('pages one measure by value as it pages a list of measures, though the first reads an index in order', async () => {
    // `eq` pins the measure, and the page then leads its order with the measure's id; `in` does not.
    const pages = async (measure: string) => {
      const query = `query ($after: String) {
        figures(where: {measure: ${measure}}, sort: VALUE_DESC, first: 4, after: $after) { nodes { key value } pageInfo { hasNextPage endCursor } }
      }`;
      const keys: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { figures } = await gql(query, { after });
        keys.push(figures.nodes.map((node: { key: string; value: number }) => `${node.value} ${node.key}`).join(', '));
        if (!figures.pageInfo.hasNextPage) return keys;
        after = figures.pageInfo.endCursor;
      }
    };
    const pinned = await pages('{eq: "removals"}');
    expect(pinned.length).toBeGreaterThan(1);
    expect(pinned).toEqual(await pages('{in: ["removals", "no such measure"]}'));
  });

  it('pages one measure, and one measure of one period, by key both ways as it pages lists of them (issue 4)', async () => {
    // `eq` on the measure (and period) reads a (measure, period, id) index in key order; `in` sorts the matches.
    const query = (where: string) => `query ($first: Int, $after: String, $last: Int, $before: String) {
      figures(where: ${where}, first: $first, after: $after, last: $last, before: $before) { nodes { key } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    }`;
    const walk = async (where: string, backward: boolean) => {
      const keys: string[][] = [];
      let cursor: string | null = null;
      for (;;) {
        const { figures } = await gql(query(where), backward ? { last: 2, before: cursor } : { first: 2, after: cursor });
        const page = figures.nodes.map((node: { key: string }) => node.key);
        if (backward) keys.unshift(page);
        else keys.push(page);
        if (!(backward ? figures.pageInfo.hasPreviousPage : figures.pageInfo.hasNextPage)) return keys;
        cursor = backward ? figures.pageInfo.startCursor : figures.pageInfo.endCursor;
      }
    };
    const { records } = await cypher("MATCH (f:Figure {measure: 'removals'}) RETURN f.period AS period, count(*) AS figures ORDER BY figures DESC LIMIT 1");
    const period = records[0]!.get('period') as string;
    const cases: [pinned: string, listed: string][] = [
      ['{measure: {eq: "removals"}}', '{measure: {in: ["removals", "no such measure"]}}'],
      [`{AND: [{measure: {eq: "removals"}}, {period: {eq: "${period}"}}]}`, `{measure: {in: ["removals"]}, period: {in: ["${period}"]}}`],
    ];
    for (const [pinned, listed] of cases) {
      const forward = await walk(pinned, false);
      expect(forward.length).toBeGreaterThan(1);
      expect(forward).toEqual(await walk(listed, false));
      expect((await walk(pinned, true)).flat()).toEqual(forward.flat());
    }
  });

  it('counts a list only when totalCount is selected', async () => {
    const trips = async (query: string) => {
      const before = server.db.roundTrips;
      await gql(query);
      return server.db.roundTrips - before;
    };
    const nested = (count: string) => `{ people(${OURS}, first: 2) { ${count} nodes { key quotes(first: 1) { ${count} nodes { text } } } } }`;
    const without = await trips(nested(''));
    const withCount = await trips(nested('totalCount'));
    // One count for the root list, one batched count for every person's quotes.
    expect(withCount - without).toBe(2);
    const counted = await gql(nested('totalCount'));
    expect(counted.people.totalCount).toBe(9);
    expect(counted.people.nodes.map((person: { quotes: { totalCount: number } }) => person.quotes.totalCount)).toEqual([0, 0]);
  });

  it("puts the relationship's own properties on the edge: where the article reports each quote and figure", async () => {
    const { articles } = await gql(`{ articles(first: 1) { nodes {
      quotes(first: 5) { edges { properties { span { start end } } node { span { start end } } } }
      figures(first: 5) { edges { properties { span { start end } } node { span { start end } } } }
    } } }`);
    const [article] = articles.nodes;
    const edges = [...article.quotes.edges, ...article.figures.edges];
    expect(edges.length).toBeGreaterThan(2);
    for (const edge of edges) {
      expect(edge.properties.span).toEqual(edge.node.span);
      expect(edge.properties.span.end).toBeGreaterThan(edge.properties.span.start);
    }
  });

  it('refuses a cursor returned under another sort, rather than answering an empty page', async () => {
    const byId = (await gql(`{ figures(first: 2) { pageInfo { endCursor } } }`)).figures.pageInfo.endCursor as string;
    const { body } = await postGraphQL(server.url, `query ($after: String) { figures(sort: VALUE_DESC, after: $after) { nodes { key } } }`, { after: byId });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
