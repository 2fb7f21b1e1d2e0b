import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

/**
 * Deep selections read their nested lists in the statement of the field above them. A field under
 * `@include(if: true)` is never read ahead, so each query below is asked a second time that way: the
 * loaders then read level by level, and the answers must be the same.
 */
describe('nested lists read ahead with their parent', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const ask = async (query: string) => {
    const before = server.db.roundTrips;
    const { body } = await postGraphQL(server.url, query);
    expect(body.errors).toBeUndefined();
    return { data: body.data!, statements: server.db.roundTrips - before };
  };
  /** The query as written, and with every read-ahead field (marked `@ahead`) fetched level by level. */
  const both = async (query: string) => [await ask(query.replaceAll('@ahead', '')), await ask(query.replaceAll('@ahead', '@include(if: true)'))] as const;

  it('reads a root page with two levels of lists below it in one statement', async () => {
    const [ahead, stepwise] = await both(`{
      figures(where: {measure: {eq: "removals"}}, first: 10) { nodes {
        id quotes(first: 3) @ahead { totalCount edges { cursor node { id speaker { name } aboutFigures(first: 2) @ahead { nodes { id valueText } pageInfo { hasNextPage } } } } }
      } }
    }`);
    expect(ahead.data).toEqual(stepwise.data);
    expect(JSON.stringify(ahead.data)).toContain('aboutFigures');
    expect(ahead.statements).toBe(1 + 1); // the page, and the counts of its quote lists
    expect(stepwise.statements).toBe(3 + 1);
  });

  it("reads a person's quotes with the figures of each, through fragments, in one statement with the person", async () => {
    const [ahead, stepwise] = await both(`
      query { person(id: "john-morton") { name quotes(first: 30) @ahead { nodes { ...Said } } } }
      fragment Said on Quote { id text ... on Quote { aboutFigures @ahead { nodes { id period } } } }`);
    expect(ahead.data).toEqual(stepwise.data);
    expect(ahead.data.person.quotes.nodes.some((quote: { aboutFigures: { nodes: unknown[] } }) => quote.aboutFigures.nodes.length > 0)).toBe(true);
    expect(ahead.statements).toBe(1);
    expect(stepwise.statements).toBe(3);
  });

  it('pages a read-ahead list from a cursor and backward as its resolver would', async () => {
    const { data } = await ask('{ person(id: "john-morton") { quotes(first: 3) { pageInfo { endCursor } } } }');
    const after = data.person.quotes.pageInfo.endCursor as string;
    for (const window of [`first: 2, after: "${after}"`, `last: 2, before: "${after}"`, 'last: 4']) {
      const [ahead, stepwise] = await both(`{
        figures(where: {quotes: {some: {speaker: {id: {eq: "john-morton"}}}}}, first: 5) { nodes { id quotes(${window}) @ahead { nodes { id } pageInfo { hasNextPage hasPreviousPage } } } }
        person(id: "john-morton") { quotes(${window}) @ahead { nodes { id aboutFigures(last: 1) @ahead { nodes { id } } } } }
      }`);
      expect(ahead.data).toEqual(stepwise.data);
    }
  });

  it('reads a figure, a quote and an organisation with their lists in the statement that reads each', async () => {
    const { data } = await ask('{ figures(where: {quotes: {some: {}}}, first: 1) { nodes { id quotes(first: 1) { nodes { id } } } } }');
    const figure = data.figures.nodes[0];
    const [ahead, stepwise] = await both(`{
      figure(id: "${figure.id}") { valueText quotes @ahead { nodes { id aboutFigures @ahead { nodes { id } } } } }
      quote(id: "${figure.quotes.nodes[0].id}") { text aboutFigures @ahead { nodes { id quotes @ahead { totalCount nodes { id } } } } }
      organization(id: "u-s-immigration-and-customs-enforcement") { name quotes(last: 5) @ahead { nodes { id aboutFigures @ahead { nodes { id } } } } }
    }`);
    expect(ahead.data).toEqual(stepwise.data);
    expect(ahead.data.organization.quotes.nodes).toHaveLength(5);
    expect(ahead.statements).toBe(3 + 1); // three roots, and the count of the quotes' lists
  });

  it('reads a list asked twice with the same arguments once, with what both selections ask of it', async () => {
    const [ahead, stepwise] = await both(`{
      person(id: "john-morton") { ...Texts ...Figures }
    }
    fragment Texts on Person { quotes(first: 5) @ahead { nodes { text } } }
    fragment Figures on Person { quotes(first: 5) @ahead { nodes { aboutFigures @ahead { nodes { valueText } } } } }`);
    expect(ahead.data).toEqual(stepwise.data);
    expect(ahead.data.person.quotes.nodes[0]).toHaveProperty('aboutFigures');
    expect(ahead.statements).toBe(1);
  });

  it('reads nodes without their article, speaker and source when the selection asks none of them, and reads them whole when it does', async () => {
    const selection = (quoteFields: string, figureFields: string) => `{ person(id: "john-morton") { quotes(first: 10) @ahead { nodes { id ${quoteFields} aboutFigures @ahead { nodes { id ${figureFields} } } } } } }`;
    for (const [quoteFields, figureFields] of [['text', 'valueText'], ['speaker { name }', 'valueText'], ['text', 'article { title } source { name }'], ['article { key }', 'span { start }']]) {
      const [ahead, stepwise] = await both(selection(quoteFields!, figureFields!));
      expect(ahead.data).toEqual(stepwise.data);
      expect(ahead.statements).toBe(1);
    }
  });

  it('reads again, whole, a node read without its article when another part of the request asks it (issue 4)', async () => {
    // The second alias finds the page the first read ahead without articles and speakers, and must still answer them.
    const [ahead, stepwise] = await both(`{
      own: person(id: "john-morton") { quotes(first: 10) @ahead { nodes { id aboutFigures @ahead { nodes { id } } } } }
      whole: person(id: "john-morton") { quotes(first: 10) @ahead { nodes { id speaker { name } article { title } aboutFigures @ahead { nodes { id source { name } article { title } } } } } }
    }`);
    expect(ahead.data).toEqual(stepwise.data);
    const quotes = ahead.data.whole.quotes.nodes as { speaker: { name: string }; article: { title: string }; aboutFigures: { nodes: { article: { title: string } }[] } }[];
    expect(quotes.every((quote) => quote.speaker.name === 'John Morton' && quote.article.title.length > 0)).toBe(true);
    expect(quotes.flatMap((quote) => quote.aboutFigures.nodes).every((figure) => figure.article.title.length > 0)).toBe(true);
  });

  it('walks a chain of fragments that each spread the next twice in linear time', async () => {
    // 2^30 spreads if each were walked again; a few dozen if each fragment is walked once.
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on QuoteConnection { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const { body } = await postGraphQL(server.url, `{ quotes(first: 1) { ...F0 } }\n${chain}\nfragment F30 on QuoteConnection { nodes { key } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.quotes.nodes).toHaveLength(1);
  });

  it('refuses a bad page size in a read-ahead list as its resolver does', async () => {
    const { body } = await postGraphQL(server.url, '{ person(id: "john-morton") { quotes(first: 2) { nodes { aboutFigures(first: 101) { nodes { id } } } } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
