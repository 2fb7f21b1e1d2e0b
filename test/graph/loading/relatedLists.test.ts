import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteFigures } from '../../../src/graph/figure/quoteFigures.js';
import { speakerProjection } from '../../../src/graph/entity/speakerProjection.js';
import { figureProjection } from '../../../src/graph/figure/figureProjection.js';
import { buildNodes } from '../../../src/graph/loading/buildNodes.js';
import { buildRelatedList } from '../../../src/graph/loading/buildRelatedList.js';
import type { NodeShape } from '../../../src/graph/loading/NodeShape.js';
import { GraphLabel } from '../../../src/graph/node/GraphLabel.js';
import { quoteProjection } from '../../../src/graph/quote/quoteProjection.js';
import { PREFETCHED, type Prefetch } from '../../../src/graph/loading/Prefetch.js';
import type { RelatedList } from '../../../src/graph/loading/RelatedList.js';
import type { PageWindow } from '../../../src/graph/pagination/PageArgs.js';
import type { ProjectionDepth } from '../../../src/graph/query/ListProjection.js';
import { figureQuotes } from '../../../src/graph/quote/figureQuotes.js';
import { speakerQuotes } from '../../../src/graph/quote/speakerQuotes.js';
import type { Database, Row } from '../../../src/neo4j/Database.js';
import { openTestDatabase } from '../../support/testDatabase.js';

const ICE = 'u-s-immigration-and-customs-enforcement';

/**
 * A related list built for a selection stands in for its named query, whose loader it primes: both
 * must give the same page for every parent and window.
 */
describe('related lists built for a selection', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  const keys = async (cypher: string) => (await db.driver.executeQuery(cypher)).records.map((record) => record.get('id') as string);
  const named = async (list: RelatedList, parents: string[], window: PageWindow) => {
    const rows = await db.read(list.queryName, {
      ...list.params, keys: parents, cursor: window.cursor, backward: window.backward, limit: neo4j.int(window.limit + 1), withTotal: false,
    });
    return new Map(rows.map((row) => [row.key as string, row.nodes as Row[]]));
  };
  const built = async (list: RelatedList, parents: string[], window: PageWindow, nested: RelatedList[] = []) => {
    const prefetch: Prefetch = { list, window, depth: 'whole', nested: nested.map((inner) => ({ list: inner, window: { limit: 100, cursor: null, backward: false }, depth: 'whole', nested: [] })) };
    const rows = await db.readStatement(buildRelatedList(prefetch, parents));
    return new Map(rows.map((row) => [row.key as string, row.nodes as Row[]]));
  };

  const cases: [string, RelatedList, () => Promise<string[]>][] = [
    ['what people said', speakerQuotes('Person'), async () => ['john-morton', ...(await keys('MATCH (p:Person)-[:SAID]->() RETURN DISTINCT p.id AS id ORDER BY id DESC LIMIT 3'))]],
    ['what organisations said', speakerQuotes('Organization'), async () => [ICE, 'no-such-organization']],
    ['the figures quotes are about', quoteFigures, () => keys('MATCH (q:Quote) WHERE COUNT { (q)-[:ABOUT]->() } > 1 RETURN q.id AS id ORDER BY id LIMIT 5')],
    ['the quotes about figures', figureQuotes, () => keys('MATCH (f:Figure) WHERE COUNT { (:Quote)-[:ABOUT]->(f) } > 1 RETURN f.id AS id ORDER BY id LIMIT 5')],
  ];

  it.each(cases)('%s: the same pages as the named query, forward, after a cursor and backward', async (_, list, parentsOf) => {
    const parents = await parentsOf();
    const all = await named(list, parents, { limit: 100, cursor: null, backward: false });
    expect([...all.values()].some((nodes) => nodes.length > 1)).toBe(true);
    const middle = [...all.values()].find((nodes) => nodes.length > 1)![1]!.id as string;
    const windows: PageWindow[] = [
      { limit: 100, cursor: null, backward: false },
      { limit: 1, cursor: null, backward: false },
      { limit: 2, cursor: { rank: null, key: middle }, backward: false },
      { limit: 2, cursor: { rank: null, key: middle }, backward: true },
    ];
    for (const window of windows) expect(await built(list, parents, window)).toEqual(await named(list, parents, window));
  });

  it.each(cases)("%s: at 'own' depth, the same nodes without the article, speaker or source they embed", async (_, list, parentsOf) => {
    const parents = await parentsOf();
    const window: PageWindow = { limit: 100, cursor: null, backward: false };
    const read = async (depth: ProjectionDepth) =>
      new Map((await db.readStatement(buildRelatedList({ list, window, depth, nested: [] }, parents))).map((row) => [row.key as string, row.nodes as Row[]]));
    const whole = await read('whole');
    const own = await read('own');
    expect([...whole.values()].flat().length).toBeGreaterThan(0);
    const withoutEmbedded = new Map([...whole].map(([key, nodes]) => [key, nodes.map(({ article: _, speaker: __, source: ___, ...rest }) => rest)]));
    expect(own).toEqual(withoutEmbedded);
  });

  it('reads nodes as their get- queries do when it reads their lists ahead', async () => {
    const shapes: [string, NodeShape, string[]][] = [
      ['get-people', { label: GraphLabel.PERSON, project: speakerProjection }, ['john-morton', 'no-such-person']],
      ['get-organizations', { label: GraphLabel.ORGANIZATION, project: speakerProjection }, [ICE]],
      ['get-figures', { label: GraphLabel.FIGURE, project: figureProjection }, await keys('MATCH (f:Figure) RETURN f.id AS id ORDER BY id LIMIT 3')],
      ['get-quotes', { label: GraphLabel.QUOTE, project: quoteProjection }, await keys('MATCH (q:Quote) RETURN q.id AS id ORDER BY id LIMIT 3')],
    ];
    const none: Prefetch = { list: quoteFigures, window: { limit: 0, cursor: null, backward: false }, depth: 'whole', nested: [] };
    for (const [getQuery, shape, parents] of shapes) {
      const rows = await db.readStatement(buildNodes(shape, [], parents));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(await db.read(getQuery, { keys: parents }));
      if (shape.label !== GraphLabel.QUOTE) continue;
      const carrying = await db.readStatement(buildNodes(shape, [none], parents));
      expect(carrying.map(({ key, node }) => ({ key, node: { ...(node as Row), [PREFETCHED]: undefined } }))).toEqual(
        rows.map(({ key, node }) => ({ key, node: { ...(node as Row), [PREFETCHED]: undefined } })),
      );
    }
  });

  it("carries, on each node, the nested list's page as its named query gives it", async () => {
    const pages = await built(speakerQuotes('Person'), ['john-morton'], { limit: 100, cursor: null, backward: false }, [quoteFigures]);
    const quotes = pages.get('john-morton')!;
    const nested = await named(quoteFigures, quotes.map((quote) => quote.id as string), { limit: 100, cursor: null, backward: false });
    expect(quotes.some((quote) => (quote[PREFETCHED] as Row[][])[0]!.length > 0)).toBe(true);
    for (const quote of quotes) expect((quote[PREFETCHED] as Row[][])[0]).toEqual(nested.get(quote.id as string) ?? []);
    const plain = quotes.map(({ [PREFETCHED]: _, ...quote }) => quote);
    expect(plain).toEqual((await named(speakerQuotes('Person'), ['john-morton'], { limit: 100, cursor: null, backward: false })).get('john-morton'));
  });
});
