import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/graph/figure/Figure.js';
import { FigureService } from '../../../src/graph/figure/FigureService.js';
import { quoteFigures } from '../../../src/graph/figure/quoteFigures.js';
import { buildRelatedList } from '../../../src/graph/loading/buildRelatedList.js';
import { Loaders } from '../../../src/graph/loading/Loaders.js';
import { NodeReader } from '../../../src/graph/loading/NodeReader.js';
import type { RelatedList } from '../../../src/graph/loading/RelatedList.js';
import type { Quote } from '../../../src/graph/quote/Quote.js';
import { QuoteService } from '../../../src/graph/quote/QuoteService.js';
import { speakerQuotes } from '../../../src/graph/quote/speakerQuotes.js';
import type { Database } from '../../../src/neo4j/Database.js';
import { Deadline } from '../../../src/neo4j/Deadline.js';
import { openTestDatabase } from '../../support/testDatabase.js';

/**
 * A list read ahead at 'own' depth leaves out the nodes each node embeds; a resolver that asks one
 * of them after all gets it by reading the node again, whole, and such a node never stands in for
 * the whole one in a later lookup.
 */
describe('nodes read without what they embed', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  const window = { limit: 100, cursor: null, backward: false };
  const loaders = () => new Loaders(db, new Deadline(10_000));
  const ownPage = async <T>(list: RelatedList, parent: string) => {
    const [row] = await db.readStatement(buildRelatedList({ list, window, depth: 'own', nested: [] }, [parent]));
    return row!.nodes as T[];
  };
  const wholeOf = async <T>(getQuery: string, id: string) => (await db.read(getQuery, { keys: [id] }))[0]!.node as T;

  it("gives a quote's article and speaker as the whole quote has them", async () => {
    const quotes = new QuoteService(loaders());
    const own = await ownPage<Quote>(speakerQuotes('Person'), 'john-morton');
    expect(own.length).toBeGreaterThan(1);
    for (const quote of own) {
      expect(quote).not.toHaveProperty('article');
      const whole = await wholeOf<Quote>('get-quotes', quote.id);
      expect(whole.speaker).toMatchObject({ name: 'John Morton' });
      expect(await quotes.speakerOf(quote)).toEqual(whole.speaker);
      expect(await quotes.articleOf(quote)).toEqual(whole.article);
    }
  });

  it("gives a figure's article and source as the whole figure has them", async () => {
    const figures = new FigureService(loaders());
    const { records } = await db.driver.executeQuery('MATCH (q:Quote)-[:ABOUT]->(f:Figure)-[:ATTRIBUTED_TO]->() RETURN q.id AS id ORDER BY id LIMIT 1');
    const own = await ownPage<Figure>(quoteFigures, records[0]!.get('id') as string);
    expect(own.length).toBeGreaterThan(0);
    for (const figure of own) {
      expect(figure).not.toHaveProperty('source');
      const whole = await wholeOf<Figure>('get-figures', figure.id);
      expect(await figures.sourceOf(figure)).toEqual(whole.source);
      expect(await figures.articleOf(figure)).toEqual(whole.article);
    }
  });

  it('keeps whole nodes of a page for later lookups, and not the others', async () => {
    const isWhole = (quote: Quote) => quote.article !== undefined;
    const connection = (nodes: Quote[]) => ({ page: { nodes, cursors: nodes.map(() => ''), hasNextPage: false, hasPreviousPage: false }, count: async () => nodes.length });
    const own = await ownPage<Quote>(speakerQuotes('Person'), 'john-morton');
    const whole = await Promise.all(own.map((quote) => wholeOf<Quote>('get-quotes', quote.id)));

    const afterOwn = new NodeReader<Quote>(loaders(), 'get-quotes', undefined, isWhole);
    await afterOwn.fromRows(connection(own));
    expect(await afterOwn.byId(own[0]!.id)).toEqual(whole[0]);

    const afterWhole = new NodeReader<Quote>(loaders(), 'get-quotes', undefined, isWhole);
    await afterWhole.fromRows(connection(whole));
    const before = db.roundTrips;
    expect(await afterWhole.byId(whole[0]!.id)).toBe(whole[0]);
    expect(db.roundTrips).toBe(before);
  });
});
