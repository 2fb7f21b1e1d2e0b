import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkArticleFigures } from '../../../src/ingest/link/linkArticleFigures.js';
import { FIGURE_LINKS_FILE } from '../../../src/ingest/seed/loadSeedGraph.js';
import { figureLinkRows, FigureLinkGroupSchema, type FigureLinkRow } from '../../../src/ingest/seed/FigureLinkGroup.js';
import type { ArticleFacts } from '../../../src/ingest/write/ArticleFacts.js';
import { deleteArticle } from '../../../src/ingest/write/deleteArticle.js';
import { slugify } from '../../../src/ingest/write/slugify.js';
import { parseArticleFacts, writeArticle } from '../../../src/ingest/write/writeArticle.js';
import type { Database, QueryRunner } from '../../../src/neo4j/Database.js';
import { SEED_DIR } from '../../../src/server/startServer.js';
import { sharedDir, withoutShared } from '../../support/sharedEval.js';
import type { StoredLink as BaseLink } from '../../support/StoredLink.js';
import { openTestDatabase } from '../../support/testDatabase.js';

/** As ingestSource wires it. */
const afterWrite = (tx: QueryRunner, articleId: string) => linkArticleFigures(tx, articleId).then(() => undefined);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A link with the difference its figures' values give, to check its delta against. */
interface StoredLink extends BaseLink {
  deltaExpected: number;
}

/** Every figure link (restatements included) that touches one of these figures, once, from its start node. */
async function linksOf(db: Database, figureIds: string[]): Promise<StoredLink[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (a:Figure)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH|RESTATES]->(b:Figure)
     WHERE a.id IN $ids OR b.id IN $ids
     RETURN a.id AS from, b.id AS to, type(r) AS type, r.reason AS reason, r.delta AS delta, r.derived AS derived,
            r.withinArticle AS withinArticle, r.origin AS origin, b.value - a.value AS deltaExpected
     ORDER BY from, to, type`,
    { ids: figureIds },
  );
  return records.map((record) => record.toObject() as StoredLink);
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' ~ ');
const typeOf = { same: 'SAME_QUANTITY_AS', close: 'CLOSE_TO', conflict: 'CONFLICTS_WITH' } as const;

/** Removes what the test's articles wrote, the links of their figures included; shared entities stay. */
async function cleanUp(db: Database, run: string, articleIds: string[]): Promise<void> {
  for (const articleId of articleIds) await db.writeTransaction((tx) => tx.run('delete-article-facts', { articleId }));
  await db.driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
}

const goldFile = join(sharedDir, 'eval', 'seed-gold', 'cross-article.json');

/**
 * Gold links the general rule (same measure, scope and unit; value intervals) cannot produce.
 * Figure ids are the seed's.
 */
const notProduced: { pairs: [string, string][]; reason: string }[] = [
  {
    pairs: [['001_b8db9f55b5bca3db:f11', '001_b8db9f55b5bca3db:f1']],
    reason: "'409,000 families separated' (other, 2012) restates 'nearly 410,000' removals (people, FY2012): different measure, unit and period; the sameness is a reading of the text",
  },
  {
    pairs: [['001_b8db9f55b5bca3db:f4', '003_2c555874427f9e5a:f5']],
    reason: "'about twice' (other) and '89 percent' (percent) are derived changes in different units; they agree only through the FY2008 base they imply",
  },
  {
    pairs: [
      ['000_83a3e3f7ef617a93:f6', '003_2c555874427f9e5a:f5'],
      ['000_83a3e3f7ef617a93:f6', '001_b8db9f55b5bca3db:f4'],
      ['000_83a3e3f7ef617a93:f6', '000_83a3e3f7ef617a93:f2'],
    ],
    reason: "the '80 percent over six years' conflict is arithmetic over an implied FY2008 base; derived figures are not linked by value",
  },
  {
    pairs: [
      ['000_83a3e3f7ef617a93:f7', '003_2c555874427f9e5a:f14'],
      ['000_83a3e3f7ef617a93:f7', '001_b8db9f55b5bca3db:f1'],
    ],
    reason: "'more than 2.4 million' (2009..2013) conflicts only with the sum of 003's FY2009..FY2011 total and 001's FY2012 total; the periods differ and the values are far apart",
  },
  {
    pairs: [
      ['000_83a3e3f7ef617a93:f8', '001_b8db9f55b5bca3db:f1'],
      ['000_83a3e3f7ef617a93:f5', '001_b8db9f55b5bca3db:f1'],
    ],
    reason: "the '42 percent' decline is checked by arithmetic over FY2012 and FY2015 removals, which are 44% apart, not close",
  },
];

/**
 * Gold links produced with another type. Seed ids, computed type and why.
 */
const producedDifferently: { pairs: [string, string][]; type: string; reason: string }[] = [
  {
    pairs: [
      ['000_83a3e3f7ef617a93:f9', '000_83a3e3f7ef617a93:f4'],
      ['000_83a3e3f7ef617a93:f9', '000_83a3e3f7ef617a93:f5'],
      ['000_83a3e3f7ef617a93:f1', '000_83a3e3f7ef617a93:f2'],
      ['000_83a3e3f7ef617a93:f1', '000_83a3e3f7ef617a93:f3'],
    ],
    type: 'CONFLICTS_WITH',
    reason:
      "an article's own arithmetic (84,000 vs 315,943 - 231,000; 'nearly 25 percent' vs 23.2%): the gold calls it close but different; " +
      'the arithmetic check links a derived figure whose wording excludes the actual change as a conflict (derived, within the article)',
  },
];

describe.skipIf(withoutShared(goldFile))('linkArticleFigures over copies of the seed articles, against the gold', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const copyId = (seedFigureId: string) => {
    const [article, figure] = seedFigureId.split(':');
    return `${article}_${run}:${figure}`;
  };
  let seeds: ArticleFacts[];
  let gold: (FigureLinkRow & { scope: string })[];
  let figureIds: string[];
  let links: StoredLink[];
  const computed = () => new Map(links.map((link) => [pairKey(link.from, link.to), link]));
  const unproduced = new Set(notProduced.flatMap((entry) => entry.pairs.map(([a, b]) => pairKey(copyId(a), copyId(b)))));
  const differently = new Map(producedDifferently.flatMap((entry) => entry.pairs.map(([a, b]) => [pairKey(copyId(a), copyId(b)), entry.type] as const)));

  beforeAll(async () => {
    db = await openTestDatabase();
    const files = (await readdir(SEED_DIR)).filter((name) => name.endsWith('.json') && name !== FIGURE_LINKS_FILE).sort();
    seeds = await Promise.all(files.map(async (file) => parseArticleFacts(JSON.parse(await readFile(join(SEED_DIR, file), 'utf8')))));
    for (const seed of seeds) {
      // A copy under an id, text and measures of its own: with the seed's measures its figures would restate the seed's
      // (the same words) and be linked only through them, and the gold is about the links among the copies.
      const copy = {
        ...seed,
        article: { ...seed.article, id: `${seed.article.id}_${run}`, content_hash: sha256(`${run}:${seed.article.content_hash}`) },
        figures: seed.figures.map((figure) => ({ ...figure, measure: `${figure.measure} ${run}` })),
      };
      expect((await writeArticle(db, copy, { unchangedWhen: 'same-text', afterWrite })).outcome).toBe('new');
    }
    figureIds = seeds.flatMap((seed) => seed.figures.map((figure) => `${seed.article.id}_${run}:${figure.id}`));
    links = (await linksOf(db, figureIds)).filter((link) => figureIds.includes(link.from) && figureIds.includes(link.to));
    const groups = JSON.parse(await readFile(goldFile, 'utf8')) as { why: string; scope: string }[];
    gold = groups.flatMap((group) => {
      const parsed = FigureLinkGroupSchema.parse({ ...group, reason: group.why });
      return figureLinkRows(parsed).map((row) => ({ ...row, fromId: copyId(row.fromId), toId: copyId(row.toId), scope: parsed.scope }));
    });
  });
  afterAll(async () => {
    await cleanUp(db, run, seeds.map((seed) => `${seed.article.id}_${run}`));
    await db.close();
  });

  const figureOf = (copyFigureId: string) => {
    const [article, figure] = copyFigureId.split(':');
    const facts = seeds.find((seed) => `${seed.article.id}_${run}` === article);
    return facts?.figures.find((candidate) => candidate.id === figure);
  };

  it('links every gold within-article "same" group as SAME_QUANTITY_AS', () => {
    const expected = gold.filter((row) => row.relation === 'same' && row.scope === 'within-article');
    expect(expected.length).toBeGreaterThan(0);
    for (const row of expected.filter((row) => !unproduced.has(pairKey(row.fromId, row.toId)))) {
      expect(computed().get(pairKey(row.fromId, row.toId))?.type, `${row.fromId} ~ ${row.toId}`).toBe('SAME_QUANTITY_AS');
    }
  });

  it('links gold cross-article close pairs of one measure, scope and unit in different periods as CLOSE_TO', () => {
    const comparable = gold.filter((row) => {
      const [a, b] = [figureOf(row.fromId), figureOf(row.toId)];
      return (
        row.relation === 'close' &&
        row.scope === 'cross-article' &&
        a && b && a.period && b.period && a.period !== b.period && a.unit === b.unit &&
        slugify(a.measure) === slugify(b.measure) && a.scope?.toLowerCase() === b.scope?.toLowerCase()
      );
    });
    expect(comparable.length).toBe(10);
    for (const row of comparable.filter((row) => !unproduced.has(pairKey(row.fromId, row.toId)))) {
      expect(computed().get(pairKey(row.fromId, row.toId))?.type, `${row.fromId} ~ ${row.toId}`).toBe('CLOSE_TO');
    }
  });

  it('computes no SAME_QUANTITY_AS or CONFLICTS_WITH that the gold does not state', () => {
    const goldType = new Map(gold.map((row) => [pairKey(row.fromId, row.toId), typeOf[row.relation]]));
    const firm = links.filter((link) => link.type !== 'CLOSE_TO' && !differently.has(pairKey(link.from, link.to)));
    expect(firm.map((link) => `${link.from} ~ ${link.to}: ${link.type}`)).toEqual(
      firm.filter((link) => goldType.get(pairKey(link.from, link.to)) === link.type).map((link) => `${link.from} ~ ${link.to}: ${link.type}`),
    );
  });

  it('produces every other gold link, and leaves out only those listed with their reason', () => {
    const missing = gold.filter((row) => computed().get(pairKey(row.fromId, row.toId))?.type !== typeOf[row.relation]).map((row) => pairKey(row.fromId, row.toId));
    expect(missing.sort()).toEqual([...unproduced, ...differently.keys()].sort());
  });

  it('produces the gold links listed as produced differently with the type listed', () => {
    for (const [pair, type] of differently) expect(computed().get(pair)?.type, pair).toBe(type);
  });

  it('marks computed links and gives each its reason, delta and article scope', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.filter((link) => !link.derived)) {
      expect(link).toMatchObject({ origin: 'computed', derived: false, withinArticle: link.from.split(':')[0] === link.to.split(':')[0] });
      expect(link.delta).toBeCloseTo(link.deltaExpected);
      expect(link.reason.length).toBeGreaterThan(20);
    }
    // Links from an article's own arithmetic: delta is the actual change minus the stated one.
    const arithmetic = links.filter((link) => link.derived);
    expect(arithmetic.map((link) => pairKey(link.from, link.to)).sort()).toEqual([...differently.keys()].sort());
    for (const link of arithmetic) expect(link).toMatchObject({ origin: 'computed', withinArticle: true, type: 'CONFLICTS_WITH' });
    const decline = computed().get(pairKey(copyId('000_83a3e3f7ef617a93:f9'), copyId('000_83a3e3f7ef617a93:f4')));
    expect(decline).toMatchObject({ from: copyId('000_83a3e3f7ef617a93:f9'), delta: 943 });
    expect(decline?.reason).toBe("stated decline of '84,000' (allows 83,500–84,500), but 315,943 (FY2014) → 231,000 (FY2015) is a decline of 84,943");
    const nearly410 = computed().get(pairKey(copyId('003_2c555874427f9e5a:f2'), copyId('003_2c555874427f9e5a:f1')));
    expect(nearly410?.reason).toBe("same measure, scope and period (FY2011); 'Nearly 400,000' allows 390,000–400,000, which contains 396,906");
  });

  it('changes nothing when an article is linked again', async () => {
    const before = await linksOf(db, figureIds);
    for (const seed of seeds) await db.writeTransaction((tx) => linkArticleFigures(tx, `${seed.article.id}_${run}`));
    expect(await linksOf(db, figureIds)).toEqual(before);
  });
});

describe('linkArticleFigures when articles change', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const measure = `test removals ${run}`;
  const ids = { a: `link-a-${run}`, b: `link-b-${run}` };

  const facts = (id: string, hash: string, figures: { id: string; value: number; text: string; qualifier?: string; period: string }[]) =>
    parseArticleFacts({
      article: { id, title: `Linking test ${id}`, content_hash: sha256(hash), text_length: 1000 },
      figures: figures.map((figure, i) => ({
        id: figure.id,
        value: figure.value,
        value_text: figure.text,
        approximate: figure.qualifier !== undefined,
        qualifier: figure.qualifier ?? null,
        unit: 'people',
        measure,
        period: figure.period,
        scope: i === 0 ? 'Nationwide' : 'nationwide',
        start: 10 * i,
        end: 10 * i + 5,
      })),
    });
  const figureIds = [`${ids.a}:f1`, `${ids.b}:f1`, `${ids.b}:f2`];
  const summary = async () => (await linksOf(db, figureIds)).map((link) => `${link.from} ${link.type} ${link.to} ${link.delta}`);

  beforeAll(async () => {
    db = await openTestDatabase();
    await writeArticle(db, facts(ids.a, `${run}a`, [{ id: 'f1', value: 410000, text: 'nearly 410,000', qualifier: 'nearly', period: 'FY2012' }]), { unchangedWhen: 'same-text', afterWrite });
  });
  afterAll(async () => {
    await cleanUp(db, run, Object.values(ids));
    await db.close();
  });

  const writeB = (hash: string, fy2012: number, text: string) =>
    writeArticle(
      db,
      facts(ids.b, `${run}${hash}`, [
        { id: 'f1', value: fy2012, text, period: 'FY2012' },
        { id: 'f2', value: 396906, text: '396,906', period: 'FY2011' },
      ]),
      { unchangedWhen: 'same-text', afterWrite },
    );

  it('links a new article to the figures already stored and among its own', async () => {
    expect((await writeB('b1', 409000, '409,000')).outcome).toBe('new');
    expect(await summary()).toEqual([
      `${ids.b}:f1 SAME_QUANTITY_AS ${ids.a}:f1 1000`,
      `${ids.b}:f1 CLOSE_TO ${ids.b}:f2 -12094`,
      `${ids.b}:f2 CLOSE_TO ${ids.a}:f1 13094`,
    ]);
  });

  it('relinks a changed text: the old links go with its figures, the new ones follow its new values', async () => {
    expect((await writeB('b2', 380000, '380,000')).outcome).toBe('updated');
    expect(await summary()).toEqual([
      `${ids.b}:f1 CONFLICTS_WITH ${ids.a}:f1 30000`,
      `${ids.b}:f1 CLOSE_TO ${ids.b}:f2 16906`,
      `${ids.b}:f2 CLOSE_TO ${ids.a}:f1 13094`,
    ]);
    const conflict = (await linksOf(db, [`${ids.b}:f1`])).find((link) => link.type === 'CONFLICTS_WITH');
    expect(conflict?.reason).toBe(
      "same measure, scope and period (FY2012), but '380,000' allows 375,000–385,000 and 'nearly 410,000' allows 400,000–410,000; they do not overlap",
    );
  });

  it('creates no duplicate links when an article is written or linked twice', async () => {
    const before = await linksOf(db, figureIds);
    expect((await writeB('b2', 380000, '380,000')).outcome).toBe('unchanged');
    const counts = await db.writeTransaction(async (tx) => [await linkArticleFigures(tx, ids.b), await linkArticleFigures(tx, ids.b)]);
    expect(counts).toEqual([3, 3]);
    expect(await linksOf(db, figureIds)).toEqual(before);
  });

  it('leaves a curated link in place of a computed one', async () => {
    await writeB('b3', 409000, '409,000');
    await db.driver.executeQuery(
      `MATCH (:Figure {id: $b})-[r:SAME_QUANTITY_AS]-(:Figure {id: $a}) DELETE r`,
      { a: `${ids.a}:f1`, b: `${ids.b}:f1` },
    );
    await db.writeTransaction((tx) =>
      tx.run('merge-figure-links', {
        links: [{ fromId: `${ids.a}:f1`, toId: `${ids.b}:f1`, relation: 'close', reason: 'curated', derived: false, confidence: null, withinArticle: false }],
      }),
    );
    await db.writeTransaction((tx) => linkArticleFigures(tx, ids.b));
    const between = (await linksOf(db, [`${ids.b}:f1`])).filter((link) => [link.from, link.to].includes(`${ids.a}:f1`));
    expect(between.map((link) => [link.type, link.reason, link.origin])).toEqual([['CLOSE_TO', 'curated', null]]);
  });

  it('links two articles of one measure ingested at once, the second seeing the first (issue 3)', async () => {
    const [c0, c1, c2] = ['c0', 'c1', 'c2'].map((name) => `link-${name}-${run}`) as [string, string, string];
    // A first article brings in the period, so that neither of the two creates it (and holds it until it commits).
    await writeArticle(db, facts(c0, `${run}c0`, [{ id: 'f1', value: 120000, text: '120,000', period: 'FY2014' }]), { unchangedWhen: 'same-text', afterWrite });
    let second: Promise<unknown> | undefined;
    let secondLinking = () => {};
    const secondLinks = new Promise<void>((resolve) => (secondLinking = resolve));
    await writeArticle(db, facts(c1, `${run}c1`, [{ id: 'f1', value: 250000, text: 'nearly 250,000', qualifier: 'nearly', period: 'FY2014' }]), {
      unchangedWhen: 'same-text',
      afterWrite: async (tx, articleId) => {
        await afterWrite(tx, articleId);
        second = writeArticle(db, facts(c2, `${run}c2`, [{ id: 'f1', value: 249000, text: '249,000', period: 'FY2014' }]), {
          unchangedWhen: 'same-text',
          afterWrite: (secondTx, secondId) => {
            secondLinking();
            return afterWrite(secondTx, secondId);
          },
        });
        // Left to read the candidates before this article commits, the second would be linked (and done) well within this.
        await secondLinks;
        await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 1_000))]);
      },
    });
    await second;
    const between = (await linksOf(db, [`${c2}:f1`])).filter((link) => link.to === `${c1}:f1`);
    expect(between.map((link) => [link.from, link.type])).toEqual([[`${c2}:f1`, 'SAME_QUANTITY_AS']]);
  });
});

describe('linkArticleFigures with restatements (issue 3)', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const measure = `restated removals ${run}`;
  const ids = { first: `restate-a-${run}`, again: `restate-b-${run}`, thrice: `restate-c-${run}`, disputed: `restate-d-${run}` };
  const figure = (articleId: string) => `${articleId}:f1`;

  const write = (id: string, value: number, text: string) =>
    writeArticle(
      db,
      parseArticleFacts({
        article: { id, title: `Restatement test ${id}`, content_hash: sha256(`${run}${id}`), text_length: 1000 },
        figures: [{ id: 'f1', value, value_text: text, approximate: false, qualifier: null, unit: 'people', measure, period: 'FY2012', scope: 'nationwide', start: 0, end: 7 }],
      }),
      { unchangedWhen: 'same-text', afterWrite },
    );
  const allLinks = async () =>
    (await linksOf(db, Object.values(ids).map(figure))).map((link) => `${link.from} ${link.type} ${link.to} ${link.delta}`);
  const firstStatements = async () =>
    (await db.driver.executeQuery('MATCH (f:FirstStatement) WHERE f.id IN $ids RETURN f.id AS id ORDER BY id', { ids: Object.values(ids).map(figure) })).records.map((record) => record.get('id') as string);
  const listed = async (figureId: string) => {
    const [row] = await db.read('list-figure-links', {
      keys: [figureId], cursor: null, backward: false, limit: neo4j.int(10), withTotal: true, types: ['SAME_QUANTITY_AS', 'CLOSE_TO', 'CONFLICTS_WITH', 'RESTATES'],
    });
    return { total: Number(row?.total), nodes: (row?.nodes as { figureId: string; relation: string; delta: number }[]).map((node) => `${node.relation} ${node.figureId} ${node.delta}`) };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await write(ids.first, 409849, '409,849');
    await write(ids.again, 409849, '409,849');
    await write(ids.thrice, 409849, '409,849');
    await write(ids.disputed, 380000, '380,000');
  });
  afterAll(async () => {
    await cleanUp(db, run, Object.values(ids));
    await db.close();
  });

  it('links a figure stated again in the same words to its first statement only, and links later figures to that one', async () => {
    expect(await firstStatements()).toEqual([figure(ids.first), figure(ids.disputed)]);
    expect(await allLinks()).toEqual([
      `${figure(ids.again)} RESTATES ${figure(ids.first)} 0`,
      `${figure(ids.thrice)} RESTATES ${figure(ids.first)} 0`,
      `${figure(ids.disputed)} CONFLICTS_WITH ${figure(ids.first)} 29849`,
    ]);
    const [restatement] = await linksOf(db, [figure(ids.again)]);
    expect(restatement).toMatchObject({ origin: 'computed', withinArticle: false, derived: false });
    expect(restatement?.reason).toBe("repeats '409,849' in the same words, for the same measure, period and scope");
  });

  it("lists a restatement's links through its first statement, with its own difference", async () => {
    expect(await listed(figure(ids.again))).toEqual({
      total: 3,
      nodes: [`CONFLICTS_WITH ${figure(ids.disputed)} -29849`, `RESTATES ${figure(ids.first)} 0`, `RESTATES ${figure(ids.thrice)} 0`],
    });
    expect((await listed(figure(ids.first))).total).toBe(3);
  });

  it("counts a first statement's discrepancies among those of an article that restates it", async () => {
    const [row] = await db.read('list-discrepancies', {
      types: ['CONFLICTS_WITH'], measure: null, articleId: ids.thrice, withinArticle: null, maxPercent: null,
      cursor: null, backward: false, limit: neo4j.int(10), withTotal: true,
    });
    expect((row?.nodes as { claimId: string; otherId: string }[]).map((node) => `${node.claimId} ${node.otherId}`)).toEqual([
      `${figure(ids.disputed)} ${figure(ids.first)}`,
    ]);
  });

  it('hands the first statement over to the next restatement, with its links, when its article is deleted', async () => {
    await deleteArticle(db, ids.first);
    expect(await firstStatements()).toEqual([figure(ids.again), figure(ids.disputed)]);
    expect(await allLinks()).toEqual([
      `${figure(ids.thrice)} RESTATES ${figure(ids.again)} 0`,
      `${figure(ids.disputed)} CONFLICTS_WITH ${figure(ids.again)} 29849`,
    ]);
    const [conflict] = (await linksOf(db, [figure(ids.disputed)])).filter((link) => link.type === 'CONFLICTS_WITH');
    expect(conflict).toMatchObject({ origin: 'computed', withinArticle: false });
    expect(conflict?.reason).toContain("'380,000'");
  });
});

describe('linkArticleFigures: restatements whatever their case (issue 3)', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const ids = { opening: `restate-case-a-${run}`, inside: `restate-case-b-${run}` };

  const write = (id: string, text: string, qualifier: string) =>
    writeArticle(
      db,
      parseArticleFacts({
        article: { id, title: `Restatement case ${id}`, content_hash: sha256(`${run}${id}`), text_length: 1000 },
        figures: [{ id: 'f1', value: 410000, value_text: text, approximate: true, qualifier, unit: 'people', measure: `cased removals ${run}`, period: 'FY2012', scope: 'nationwide', start: 0, end: 14 }],
      }),
      { unchangedWhen: 'same-text', afterWrite },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    await write(ids.opening, 'Nearly 410,000', 'Nearly');
    await write(ids.inside, 'nearly 410,000', 'nearly');
  });
  afterAll(async () => {
    await cleanUp(db, run, Object.values(ids));
    await db.close();
  });

  it('takes "Nearly 410,000" opening a sentence and "nearly 410,000" inside one for the same words', async () => {
    expect((await linksOf(db, [`${ids.inside}:f1`])).map((link) => `${link.from} ${link.type} ${link.to}`)).toEqual([
      `${ids.inside}:f1 RESTATES ${ids.opening}:f1`,
    ]);
  });
});

describe('linkArticleFigures: handing over twice (issue 3)', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  // Ids in this order: the first hand-over goes to the article that repeats the figure twice.
  const ids = { first: `restate-twice-a-${run}`, twice: `restate-twice-b-${run}`, other: `restate-twice-c-${run}` };

  const write = (id: string, mentions: number) =>
    writeArticle(
      db,
      parseArticleFacts({
        article: { id, title: `Hand-over ${id}`, content_hash: sha256(`${run}${id}`), text_length: 1000 },
        figures: Array.from({ length: mentions }, (_, i) => ({
          id: `f${i + 1}`, value: 216698, value_text: '216,698', approximate: false, qualifier: null, unit: 'people',
          measure: `handed-over removals ${run}`, period: 'FY2011', scope: 'nationwide', start: 10 * i, end: 10 * i + 7,
        })),
      }),
      { unchangedWhen: 'same-text', afterWrite },
    );
  const anchors = async () =>
    (await db.driver.executeQuery(
      `MATCH (f:Figure)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
       OPTIONAL MATCH (f)-[:RESTATES]->(first)
       RETURN f.id + (CASE WHEN f:FirstStatement THEN ' first' ELSE '' END) + coalesce(' restates ' + first.id, '') AS anchor ORDER BY anchor`,
      { ids: Object.values(ids) },
    )).records.map((record) => record.get('anchor') as string);

  beforeAll(async () => {
    db = await openTestDatabase();
    await write(ids.first, 1);
    await write(ids.twice, 2);
    await write(ids.other, 1);
  });
  afterAll(async () => {
    await cleanUp(db, run, Object.values(ids));
    await db.close();
  });

  it('hands the first statement to a figure of another article when its heir repeats it in its own', async () => {
    await deleteArticle(db, ids.first);
    expect(await anchors()).toEqual([
      `${ids.twice}:f1 first`,
      `${ids.twice}:f2 restates ${ids.twice}:f1`,
      `${ids.other}:f1 restates ${ids.twice}:f1`,
    ]);
    await deleteArticle(db, ids.twice);
    expect(await anchors()).toEqual([`${ids.other}:f1 first`]);
  });
});
