import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Row } from '../../../src/neo4j/Database.js';
import { figurePredicate } from '../../../src/graph/figure/figurePredicate.js';
import { figureProjection } from '../../../src/graph/figure/figureProjection.js';
import { figureRank } from '../../../src/graph/figure/figureRank.js';
import { FigureSort } from '../../../src/graph/figure/FigureSort.js';
import { GraphLabel } from '../../../src/graph/node/GraphLabel.js';
import { buildList } from '../../../src/graph/query/buildList.js';
import { quoteProjection } from '../../../src/graph/quote/quoteProjection.js';
import { openTestDatabase } from '../../support/testDatabase.js';

const ICE = 'u-s-immigration-and-customs-enforcement';
const PAGE = { cursor: null, backward: false, limit: neo4j.int(100), withTotal: false };

/**
 * List queries that return their nodes (to spare a second query) must return them exactly as the
 * node's get- query does; otherwise a node would look different depending on how it was reached.
 */
describe('list queries that return nodes', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  const firstArticle = async () => ((await db.driver.executeQuery('MATCH (a:Article)<-[:REPORTED_IN]-(:Quote) RETURN a.id AS id ORDER BY id LIMIT 1')).records[0]!.get('id') as string);
  const quotedFigure = async () => ((await db.driver.executeQuery('MATCH (:Quote)-[:ABOUT]->(f:Figure) RETURN f.id AS id ORDER BY id LIMIT 1')).records[0]!.get('id') as string);
  const quoteWithFigures = async () => ((await db.driver.executeQuery('MATCH (q:Quote)-[:ABOUT]->(:Figure) RETURN q.id AS id ORDER BY id LIMIT 1')).records[0]!.get('id') as string);

  const cases: [string, string, () => Promise<string>, Record<string, unknown>][] = [
    ['list-article-quotes', 'get-quotes', firstArticle, {}],
    ['list-article-figures', 'get-figures', firstArticle, {}],
    ['list-figure-quotes', 'get-quotes', quotedFigure, { affiliationKinds: null }],
    ['list-quote-figures', 'get-figures', quoteWithFigures, {}],
    ['list-speaker-quotes', 'get-quotes', async () => 'john-morton', { label: 'Person' }],
    ['list-speaker-figures', 'get-figures', async () => ICE, { label: 'Organization' }],
    ['list-entity-quotes-about', 'get-quotes', async () => ICE, { label: 'Organization' }],
  ];

  it.each(cases)('%s returns its nodes as %s does', async (listQuery, getQuery, keyOf, params) => {
    const key = await keyOf();
    const [row] = await db.read(listQuery, { ...params, ...PAGE, keys: [key] });
    const listed = (row?.nodes ?? []) as Row[];
    expect(listed.length).toBeGreaterThan(0);
    const got = await db.read(getQuery, { keys: listed.map((node) => node.id) });
    expect(listed).toEqual(got.map((found) => found.node));
  });

  it('list-timeline returns its nodes as get-figures does', async () => {
    const [row] = await db.read('list-timeline', { measure: 'removals', scope: null, ...PAGE });
    const listed = (row?.nodes ?? []) as Row[];
    expect(listed.length).toBeGreaterThan(3);
    const got = await db.read('get-figures', { keys: listed.map((node) => node.id) });
    expect(listed).toEqual(got.map((found) => found.node));
  });

  it('root lists built per request return figures and quotes as get-figures and get-quotes do', async () => {
    const window = { limit: 50, cursor: null, backward: false };
    const lists = [
      ['get-figures', buildList({ label: GraphLabel.FIGURE, where: (figure) => figurePredicate(figure, {}), rank: figureRank(FigureSort.PERIOD, {}), project: figureProjection }, window)],
      ['get-quotes', buildList({ label: GraphLabel.QUOTE, where: () => undefined, rank: null, project: quoteProjection }, window)],
    ] as const;
    for (const [getQuery, list] of lists) {
      const [row] = await db.readStatement(list.page);
      const listed = (row?.nodes ?? []) as Row[];
      expect(listed.length).toBeGreaterThan(10);
      const got = await db.read(getQuery, { keys: listed.map((node) => node.id) });
      expect(listed).toEqual(got.map((found) => found.node));
    }
  });

  it("a quote's speaker comes as get-people or get-organizations returns it, a part-of parent included", async () => {
    const { records } = await db.driver.executeQuery(`
      MATCH (p:Person)-[:SAID]->(q:Quote) WITH q ORDER BY q.id LIMIT 1 RETURN q.id AS id
      UNION
      MATCH (:Organization)-[:PART_OF]->(:Organization) WITH 1 AS any LIMIT 1
      MATCH (o:Organization)-[:SAID]->(q:Quote) WHERE EXISTS { (o)-[:PART_OF]->() } WITH q ORDER BY q.id LIMIT 1 RETURN q.id AS id`);
    const quotes = (await db.read('get-quotes', { keys: records.map((record) => record.get('id') as string) })).map((row) => row.node as Row);
    const speakers = quotes.map((quote) => quote.speaker as Row);
    expect(speakers.map((speaker) => speaker.__typename).sort()).toEqual(['Organization', 'Person']);
    for (const speaker of speakers) {
      const getQuery = speaker.__typename === 'Person' ? 'get-people' : 'get-organizations';
      const [found] = await db.read(getQuery, { keys: [speaker.id] });
      expect(speaker).toEqual(found?.node);
    }
    expect(speakers.find((speaker) => speaker.__typename === 'Organization')?.partOfId).toBeTruthy();
  });

  it("figures and quotes come with their article as get-articles returns it, and a figure's source as its get- query does", async () => {
    const ids = async (statement: string) => (await db.driver.executeQuery(statement)).records.map((record) => record.get('id') as string);
    const figures = (await db.read('get-figures', { keys: await ids('MATCH (f:Figure)-[:ATTRIBUTED_TO]->() RETURN f.id AS id ORDER BY id LIMIT 20') })).map((row) => row.node as Row);
    const quotes = (await db.read('get-quotes', { keys: await ids('MATCH (q:Quote) RETURN q.id AS id ORDER BY id LIMIT 20') })).map((row) => row.node as Row);
    expect(figures.length).toBeGreaterThan(5);
    for (const row of [...figures, ...quotes]) {
      const [article] = await db.read('get-articles', { keys: [row.articleId] });
      expect(row.article).toEqual(article?.node);
    }
    for (const figure of figures) {
      const source = figure.source as Row;
      const [found] = await db.read(source.__typename === 'Person' ? 'get-people' : 'get-organizations', { keys: [source.id] });
      expect(source).toEqual(found?.node);
    }
  });
});
