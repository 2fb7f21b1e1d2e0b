import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/graph/pagination/cursor.js';
import { parseArticleFacts, writeArticle } from '../../src/ingest/write/writeArticle.js';
import { MAX_REQUEST_BYTES } from '../../src/server/createApp.js';
import type { RunningServer } from '../../src/server/startServer.js';
import { openTestDatabase } from '../support/testDatabase.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

const ICE = 'u-s-immigration-and-customs-enforcement';

describe('GraphQL API over the seed graph', () => {
  let server: RunningServer;
  const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(server.url, query, variables);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('looks entities up by id, and answers null for an unknown id', async () => {
    const { body } = await gql(`{
      organization(id: "${ICE}") { name acronym kind isAgency partOf { name } }
      person(id: "no-such-person") { name }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      organization: {
        name: 'U.S. Immigration and Customs Enforcement',
        acronym: 'ICE',
        kind: 'AGENCY',
        isAgency: true,
        partOf: { name: 'U.S. Department of Homeland Security' },
      },
      person: null,
    });
  });

  it('walks from a figure to the quotes about it, their speakers and articles, with spans', async () => {
    const { body } = await gql(`{
      figure(id: "003_2c555874427f9e5a:f2") {
        valueText period periodStart periodEnd span { start end } article { key }
        quotes(first: 100) { totalCount nodes { speaker { __typename name } article { key } span { start end } } }
      }
    }`);
    const figure = body.data?.figure;
    expect(figure).toMatchObject({ valueText: '396,906', period: 'FY2011', periodStart: '2010-10-01', periodEnd: '2011-09-30' });
    expect(figure.span.end - figure.span.start).toBe('396,906'.length);
    const speakers = new Set(figure.quotes.nodes.map((quote: { speaker: { name: string } }) => quote.speaker.name));
    expect(speakers).toContain('John Morton');
    expect(figure.quotes.totalCount).toBe(figure.quotes.nodes.length);
    for (const quote of figure.quotes.nodes) expect(quote.article.key).toBe('003_2c555874427f9e5a');
  });

  it('walks from a speaker to what it said and which figures that was about', async () => {
    const { body } = await gql(`{
      person(id: "john-morton") {
        roles { nodes { title organization { key } article { key } } }
        quotes(first: 50) { nodes { direct aboutFigures { nodes { key measure } } } }
      }
    }`);
    const person = body.data?.person;
    expect(person.roles.nodes.map((role: { article: { key: string } }) => role.article.key).sort()).toEqual([
      '001_b8db9f55b5bca3db',
      '003_2c555874427f9e5a',
    ]);
    const figureIds = person.quotes.nodes.flatMap((quote: { aboutFigures: { nodes: { key: string }[] } }) =>
      quote.aboutFigures.nodes.map((figure) => figure.key),
    );
    expect(figureIds).toContain('001_b8db9f55b5bca3db:f1');
  });

  it('walks from an article to its figures, quotes and entities', async () => {
    const { body } = await gql(`{
      article(id: "001_b8db9f55b5bca3db") {
        title publisher { name } authors { nodes { name } }
        figures(first: 100) { totalCount } quotes(first: 100) { totalCount }
        programs: entities(kinds: [PROGRAM]) { nodes { __typename name } }
      }
    }`);
    expect(body.data?.article).toMatchObject({
      publisher: { name: 'FoxNews.com' },
      authors: { nodes: [{ name: 'Elizabeth Llorente' }] },
      figures: { totalCount: 11 },
      quotes: { totalCount: 12 },
    });
    expect(body.data?.article.programs.nodes.every((node: { __typename: string }) => node.__typename === 'Program')).toBe(true);
  });

  it('goes on after a cursor whose row has left the list', async () => {
    const gone = encodeCursor({ rank: null, key: 'barack-obama-x' });
    const { body } = await gql('query ($after: String) { people(first: 100, after: $after) { nodes { key } } }', { after: gone });
    const ids = body.data?.people.nodes.map((node: { key: string }) => node.key) as string[];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id > 'barack-obama-x')).toBe(true);
  });

  it('pages through a list with cursors, without repeats or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const { body } = await gql('query ($after: String) { people(first: 4, after: $after) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } }', { after });
      const people = body.data?.people;
      total = people.totalCount;
      seen.push(...people.nodes.map((node: { key: string }) => node.key));
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it('finds entities by name or alias, case-insensitively', async () => {
    const { body } = await gql(`{
      byAcronym: search(text: "ice", kinds: [ORGANIZATION], first: 100) { nodes { node { ... on Organization { key } } } }
      byAlias: search(text: "aclu", kinds: [ORGANIZATION]) { nodes { score kind node { __typename ... on Organization { name } } } }
      byName: search(text: "SECURE comm", kinds: [PROGRAM]) { nodes { node { ... on Program { name } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.byAcronym.nodes.map((hit: { node: { key: string } }) => hit.node.key)).toContain(ICE);
    expect(body.data?.byAlias.nodes[0]).toMatchObject({ kind: 'ORGANIZATION', node: { __typename: 'Organization', name: 'American Civil Liberties Union' } });
    expect(body.data?.byName.nodes[0]).toEqual({ node: { name: 'Secure Communities' } });
  });

  it('searches quotes, articles and figures too, with snippets, tolerating a typo, page by page', async () => {
    const { body } = await gql(`{
      quotes: search(text: "apprehensions", kinds: [QUOTE]) { totalCount nodes { snippet node { ... on Quote { text speaker { name } } } } }
      typo: search(text: "aprehensions", kinds: [QUOTE]) { totalCount }
      figures: search(text: "homicide", kinds: [FIGURE]) { nodes { node { ... on Figure { measure } } } }
      articles: search(text: "deportation record", kinds: [ARTICLE]) { nodes { node { ... on Article { key } } } }
      firstPage: search(text: "immigration", first: 3) { totalCount nodes { kind } pageInfo { hasNextPage endCursor } }
    }`);
    expect(body.errors).toBeUndefined();
    const quotes = body.data?.quotes;
    expect(quotes.totalCount).toBeGreaterThan(0);
    for (const hit of quotes.nodes) expect(hit.node.text.toLowerCase()).toContain('apprehensions');
    expect(body.data?.typo.totalCount).toBe(quotes.totalCount);
    expect(body.data?.figures.nodes.map((hit: { node: { measure: string } }) => hit.node.measure)).toContain('criminal removals: homicide');
    expect(body.data?.articles.nodes[0]).toEqual({ node: { key: '001_b8db9f55b5bca3db' } });
    const exact = await gql('{ search(text: "396,906", kinds: [FIGURE]) { nodes { node { ... on Figure { valueText } } } } }');
    expect(exact.body.data?.search.nodes).toEqual([{ node: { valueText: '396,906' } }]);
    const first = body.data?.firstPage;
    expect(new Set(first.nodes.map((hit: { kind: string }) => hit.kind)).size).toBeGreaterThan(0);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await gql('query ($after: String) { search(text: "immigration", first: 100, after: $after) { nodes { kind } } }', {
      after: first.pageInfo.endCursor,
    });
    expect(next.body.data?.search.nodes.length).toBe(Math.min(first.totalCount, 1000) - 3);
  });

  it('lines up a measure by period, one point per quantity, and pages through it', async () => {
    const { body } = await gql(`{
      all: timeline(measure: "removals", scope: "nationwide", first: 100) { totalCount nodes { key periodStart approximate } }
      firstTwo: timeline(measure: "removals", scope: "nationwide", first: 2) { pageInfo { endCursor } }
    }`);
    const points = body.data?.all.nodes as { key: string; periodStart: string }[];
    expect(points.map((point) => point.periodStart)).toEqual([...points.map((point) => point.periodStart)].sort());
    expect(points.map((point) => point.key)).not.toContain('003_2c555874427f9e5a:f1');
    const rest = await gql('query ($after: String) { timeline(measure: "removals", scope: "nationwide", after: $after) { nodes { key } } }', {
      after: body.data?.firstTwo.pageInfo.endCursor,
    });
    expect(rest.body.data?.timeline.nodes.map((node: { key: string }) => node.key)).toEqual(points.slice(2).map((point) => point.key));
  });

  it('lists discrepancies within a relative bound, each with its difference', async () => {
    const { body } = await gql(`{
      discrepancies(filter: { measure: "criminal removals", maxPercent: 5 }) {
        nodes { relation percent delta claim { value } other { value } }
      }
    }`);
    const nodes = body.data?.discrepancies.nodes as { percent: number; delta: number; claim: { value: number }; other: { value: number } }[];
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) {
      expect(node.percent).toBeLessThanOrEqual(5);
      expect(node.delta).toBeCloseTo(node.other.value - node.claim.value);
    }
  });

  it('finds the shortest paths between two entities, each step with the articles it rests on', async () => {
    const node = '__typename ... on Person { key } ... on Organization { key } ... on Program { key } ... on Article { key } ... on Quote { key } ... on Figure { key }';
    const { body } = await gql(`{
      connections(from: { kind: PERSON, id: "william-gheen" }, to: { kind: PROGRAM, id: "secure-communities" }) {
        length steps { type from { ${node} } to { ${node} } articles { key } }
      }
      tooShort: connections(from: { kind: PERSON, id: "william-gheen" }, to: { kind: PROGRAM, id: "secure-communities" }, maxHops: 1) { length }
    }`);
    expect(body.errors).toBeUndefined();
    const paths = body.data?.connections as { length: number; steps: { from: { key: string }; to: { key: string }; articles: unknown[] }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBe(paths[0]!.length);
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.steps[0]!.from.key).toBe('william-gheen');
      expect(path.steps.at(-1)!.to.key).toBe('secure-communities');
      path.steps.forEach((step, i) => {
        expect(step.articles.length).toBeGreaterThan(0);
        if (i > 0) expect(step.from).toEqual(path.steps[i - 1]!.to);
      });
    }
    expect(body.data?.tooShort).toEqual([]);
    const itself = await gql('{ connections(from: { kind: PERSON, id: "john-morton" }, to: { kind: PERSON, id: "john-morton" }) { length } }');
    expect(itself.body).toEqual({ data: { connections: [] } });
  });

  it('sorts people, organisations and figures by how often they are quoted, and pages in that order', async () => {
    const { body } = await gql(`{
      people(sort: MOST_QUOTED, first: 100) { nodes { key quotes(first: 0) { totalCount } } }
      organizations(sort: MOST_QUOTED, first: 100) { nodes { quotes(first: 0) { totalCount } } }
      figures(sort: MOST_QUOTED, first: 100) { nodes { quotes(first: 0) { totalCount } } }
      byValue: figures(sort: VALUE_DESC, first: 100) { nodes { value } }
      byPeriod: figures(sort: PERIOD, first: 100) { nodes { periodStart } }
    }`);
    expect(body.errors).toBeUndefined();
    const counts = (list: { quotes: { totalCount: number } }[]) => list.map((node) => node.quotes.totalCount);
    const descending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! >= value);
    for (const key of ['people', 'organizations', 'figures']) {
      const values = counts(body.data?.[key].nodes);
      expect(values[0], key).toBeGreaterThan(values.at(-1)!);
      expect(descending(values), key).toBe(true);
    }
    expect(descending(body.data?.byValue.nodes.map((node: { value: number }) => node.value))).toBe(true);
    const starts = body.data?.byPeriod.nodes.map((node: { periodStart: string | null }) => node.periodStart ?? '9999');
    expect(starts).toEqual([...starts].sort());

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await gql('query ($after: String) { people(sort: MOST_QUOTED, first: 3, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } } }', { after });
      paged.push(...page.body.data?.people.nodes.map((node: { key: string }) => node.key));
      after = page.body.data?.people.pageInfo.hasNextPage ? page.body.data.people.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(body.data?.people.nodes.map((node: { key: string }) => node.key));
  });

  it('sorts articles newest first, undated last', async () => {
    const db = await openTestDatabase();
    const ids = ['test-sort-older', 'test-sort-newer'];
    try {
      for (const [i, id] of ids.entries()) {
        await writeArticle(db, parseArticleFacts({ article: { id, title: id, published_on: `202${i}-01-0${i + 1}`, content_hash: String(i).repeat(64) } }));
      }
      const { body } = await gql('{ articles(sort: NEWEST, first: 100) { nodes { key publishedOn } } }');
      const nodes = body.data?.articles.nodes as { key: string; publishedOn: string | null }[];
      expect(nodes.slice(0, 2).map((node) => node.key)).toEqual(['test-sort-newer', 'test-sort-older']);
      expect(nodes.slice(2).every((node) => node.publishedOn === null)).toBe(true);
    } finally {
      await db.driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids });
      await db.close();
    }
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    for (const query of [
      '{ figures(first: -1) { totalCount } }',
      '{ figures(first: 101) { totalCount } }',
      '{ figures(after: "bogus") { totalCount } }',
      '{ search(text: "()") { totalCount } }',
      '{ figures(filter: { period: "FY2011", periods: ["FY2012"] }) { totalCount } }',
      '{ discrepancies(filter: { relations: [SAME_QUANTITY] }) { totalCount } }',
      '{ discrepancies(filter: { maxPercent: -1 }) { totalCount } }',
      '{ connections(from: { kind: PERSON, id: "a" }, to: { kind: PERSON, id: "b" }, maxHops: 5) { length } }',
      '{ change(from: { measure: "removals" }, to: { measure: "removals", period: "FY2015" }) { percent } }',
      '{ change(from: { measure: "removals", period: "FY1999" }, to: { measure: "removals", period: "FY2015" }) { percent } }',
      '{ change(from: { measure: "criminal share of removals", period: "FY2012" }, to: { measure: "removals", period: "FY2015" }) { percent } }',
    ]) {
      const { body } = await gql(query);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('codes malformed queries and oversized bodies', async () => {
    const syntax = await gql('{ figures(');
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await gql('{ nope }');
    expect(unknownField.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const big = await postGraphQL(server.url, `{ __typename } #${'x'.repeat(MAX_REQUEST_BYTES)}`);
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends at most one query per nesting level, however many figures are selected (no N+1)', async () => {
    const deep = (first: number) => `{
      figures(first: ${first}) { nodes {
        article { title } source { name }
        quotes(first: 20) { nodes { text speaker { name } article { title } aboutFigures { nodes { valueText } } } }
      } }
    }`;
    const roundTrips = async (first: number) => {
      const before = server.db.roundTrips;
      const { body } = await gql(deep(first));
      expect(body.errors).toBeUndefined();
      return { trips: server.db.roundTrips - before, figures: body.data?.figures.nodes.length as number };
    };
    const few = await roundTrips(2);
    const many = await roundTrips(50);
    expect(many.figures).toBeGreaterThan(few.figures * 10);
    // Ten loader levels plus one per extra label a union level may touch, whatever the count; the
    // lists read ahead make it fewer.
    expect(few.trips).toBeLessThanOrEqual(12);
    expect(many.trips).toBe(few.trips);
  });

  it('reports liveness and readiness', async () => {
    const base = server.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });
});
