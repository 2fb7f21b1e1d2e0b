import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKnowledge } from '../../../src/ingest/extract/EntityKnowledge.js';
import { extractArticle } from '../../../src/ingest/extract/extractArticle.js';
import { loadEntityKnowledge } from '../../../src/ingest/extract/loadEntityKnowledge.js';
import { linkArticleFigures } from '../../../src/ingest/link/linkArticleFigures.js';
import { ingestSource } from '../../../src/ingest/pipeline/ingestSource.js';
import { parseArticleSource } from '../../../src/ingest/read/parseArticleSource.js';
import { readArticleFile } from '../../../src/ingest/read/readArticleFile.js';
import type { SourceArticle } from '../../../src/ingest/read/SourceArticle.js';
import { deleteArticle } from '../../../src/ingest/write/deleteArticle.js';
import type { Database } from '../../../src/neo4j/Database.js';
import { sharedDir, withoutShared } from '../../support/sharedEval.js';
import type { StoredLink } from '../../support/StoredLink.js';
import { openTestDatabase } from '../../support/testDatabase.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

/** The derived (arithmetic) figure links of one article's figures, each once, from its start node. */
async function arithmeticLinksOf(db: Database, articleId: string): Promise<StoredLink[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(a:Figure)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]->(b:Figure)
     WHERE r.derived
     RETURN a.id AS from, b.id AS to, type(r) AS type, r.reason AS reason, r.delta AS delta, r.derived AS derived,
            r.withinArticle AS withinArticle, r.origin AS origin
     ORDER BY from, to`,
    { articleId },
  );
  return records.map((record) => record.toObject() as StoredLink);
}

/**
 * A short article written for the test, with invented numbers: a percent change that does not add
 * up (200,000 → 150,000 is 25%, stated "nearly 30 percent"), a count that does not (50,000 stated as
 * 48,000), and a percent change that does (100,000 → 80,000 is 20%).
 */
const ARTICLE = `---
title: Deportations drop again
date: 2016-01-04
---
Removals plunged by nearly 30 percent from 2014 to 2015, according to the Department of Homeland Security.

Removals fell from 200,000 in fiscal year 2014 to 150,000 in fiscal year 2015.

The 48,000 decline from 2014 to 2015 was the steepest in a decade, officials said.

Criminal removals declined by 20 percent from 2014 to 2015. Deportations of criminals fell from 100,000 in fiscal year 2014 to 80,000 in fiscal year 2015.
`;

describe('linkArticleArithmetic: an article whose own arithmetic does not add up', () => {
  let db: Database;
  let knowledge: EntityKnowledge;
  const run = randomUUID().slice(0, 8);
  const articleId = `arithmetic-${run}`;
  let source: SourceArticle;
  const id = (figure: string) => `${articleId}:${figure}`;

  beforeAll(async () => {
    db = await openTestDatabase();
    knowledge = await loadEntityKnowledge();
    // The run id, in letters (no digit to extract), keeps the content hash apart from any earlier run's.
    const marker = run.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);
    source = parseArticleSource(`${ARTICLE}\nRun ${marker}.\n`, 'markdown', null);
    source = { ...source, id: articleId };
  });
  afterAll(async () => {
    await deleteArticle(db, articleId);
    await db.close();
  });

  it('has the derived changes and the counts they are computed from extracted', () => {
    const figures = extractArticle(source, knowledge).figures.map((figure) => ({
      id: figure.id, value: figure.value, qualifier: figure.qualifier, unit: figure.unit, measure: figure.measure, period: figure.period, derived: figure.derived,
    }));
    expect(figures).toEqual([
      { id: 'f1', value: 30, qualifier: 'nearly', unit: 'percent', measure: 'change in removals', period: 'FY2014->FY2015', derived: true },
      { id: 'f2', value: 200_000, qualifier: null, unit: 'people', measure: 'removals', period: 'FY2014', derived: false },
      { id: 'f3', value: 150_000, qualifier: null, unit: 'people', measure: 'removals', period: 'FY2015', derived: false },
      { id: 'f4', value: 48_000, qualifier: null, unit: 'people', measure: 'change in removals', period: 'FY2014->FY2015', derived: true },
      { id: 'f5', value: 20, qualifier: null, unit: 'percent', measure: 'change in criminal removals', period: 'FY2014->FY2015', derived: true },
      { id: 'f6', value: 100_000, qualifier: null, unit: 'people', measure: 'criminal removals', period: 'FY2014', derived: false },
      { id: 'f7', value: 80_000, qualifier: null, unit: 'people', measure: 'criminal removals', period: 'FY2015', derived: false },
    ]);
  });

  it('links each derived figure that does not add up to both its source figures, in the ingesting transaction', async () => {
    expect((await ingestSource(db, source, { knowledge })).outcome).toBe('new');
    const links = await arithmeticLinksOf(db, articleId);
    expect(links.map((link) => [link.from, link.type, link.to])).toEqual([
      [id('f1'), 'CONFLICTS_WITH', id('f2')],
      [id('f1'), 'CONFLICTS_WITH', id('f3')],
      [id('f4'), 'CONFLICTS_WITH', id('f2')],
      [id('f4'), 'CONFLICTS_WITH', id('f3')],
    ]);
    for (const link of links) expect(link).toMatchObject({ derived: true, withinArticle: true, origin: 'computed' });
    const [percent, , count] = links;
    expect(percent?.delta).toBeCloseTo(-5);
    expect(percent?.reason).toBe(
      "stated change of 'nearly 30 percent' (allows 29%–30%), but 200,000 (FY2014) → 150,000 (FY2015) is a 25% decline; the wording's direction is not recorded, so sizes are compared",
    );
    expect(count?.delta).toBe(2_000);
    expect(count?.reason).toContain("stated change of '48,000' (allows 47,500–48,500), but 200,000 (FY2014) → 150,000 (FY2015) is a decline of 50,000");
  });

  it('links nothing for the change that adds up (100,000 → 80,000 is 20 percent)', async () => {
    const { records } = await db.driver.executeQuery(
      'MATCH (:Figure {id: $id})-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-() RETURN count(r) AS links',
      { id: id('f5') },
    );
    expect(records[0]?.get('links')).toBe(0);
  });

  it('lists them as discrepancies within the article through the API', async () => {
    // Figures are told apart by what they state, not by id: the API's id format is not this test's concern.
    const server = await startTestServer();
    const { body } = await postGraphQL(
      server.url,
      `query ($articleId: ID!) {
        discrepancies(filter: { withinArticle: true, articleId: $articleId }, first: 100) {
          totalCount
          nodes { relation derived delta reason claim { valueText period } other { value period } }
        }
        across: discrepancies(filter: { withinArticle: false, articleId: $articleId }, first: 100) { nodes { derived } }
      }`,
      { articleId },
    ).finally(() => server.stop());
    expect(body.errors).toBeUndefined();
    type Node = { relation: string; derived: boolean; delta: number; reason: string; claim: { valueText: string; period: string }; other: { value: number; period: string } };
    const nodes = body.data?.discrepancies.nodes as Node[];
    expect(nodes.map((node) => [node.claim.valueText, node.claim.period, node.relation, node.other.value, node.other.period])).toEqual([
      ['30 percent', 'FY2014->FY2015', 'CONFLICT', 200_000, 'FY2014'],
      ['30 percent', 'FY2014->FY2015', 'CONFLICT', 150_000, 'FY2015'],
      ['48,000', 'FY2014->FY2015', 'CONFLICT', 200_000, 'FY2014'],
      ['48,000', 'FY2014->FY2015', 'CONFLICT', 150_000, 'FY2015'],
    ]);
    expect(body.data?.discrepancies.totalCount).toBe(4);
    for (const node of nodes) expect(node.derived).toBe(true);
    expect(nodes[0]?.reason).toContain('is a 25% decline');
    expect(nodes[0]?.delta).toBeCloseTo(-5);
    expect(nodes[2]?.delta).toBe(2_000);
    // Findings across articles never include the arithmetic ones.
    const across = body.data?.across.nodes as { derived: boolean | null }[];
    expect(across.every((node) => node.derived !== true)).toBe(true);
  });

  it('changes nothing when the article is ingested or linked again', async () => {
    const before = await arithmeticLinksOf(db, articleId);
    expect((await ingestSource(db, source, { knowledge })).outcome).toBe('unchanged');
    await db.writeTransaction((tx) => linkArticleFigures(tx, articleId));
    expect(await arithmeticLinksOf(db, articleId)).toEqual(before);
  });

  it('relinks a changed text: fixed arithmetic loses its conflict', async () => {
    const fixed = { ...source, text: source.text.replace('nearly 30 percent', 'nearly 25 percent').replace('The 48,000 decline', 'The 50,000 decline') };
    expect((await ingestSource(db, fixed, { knowledge })).outcome).toBe('updated');
    expect(await arithmeticLinksOf(db, articleId)).toEqual([]);
  });
});

const seed000 = join(sharedDir, 'seeds', '000_83a3e3f7ef617a93.txt');
const goldDir = join(sharedDir, 'eval', 'seed-gold');

interface GoldFigure {
  id: string;
  value: number;
  period: string | null;
  measure: string;
}

describe.skipIf(withoutShared(seed000))('linkArticleArithmetic over the text of seed article 000', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const articleId = `arithmetic-000-${run}`;
  /** The gold's within-article arithmetic checks of 000: claim and the figures it is checked against, as gold figures. */
  let goldChecks: { claim: GoldFigure; against: GoldFigure[] }[];
  let extracted: Map<string, string>;

  beforeAll(async () => {
    db = await openTestDatabase();
    const knowledge = await loadEntityKnowledge();
    const seed = await readArticleFile(seed000);
    const source = { ...seed, id: articleId, text: `${seed.text}\n` };
    expect((await ingestSource(db, source, { knowledge })).outcome).toBe('new');

    const goldFigures = (JSON.parse(await readFile(join(goldDir, '000_83a3e3f7ef617a93.gold.json'), 'utf8')) as { figures: GoldFigure[] }).figures;
    const groups = JSON.parse(await readFile(join(goldDir, 'cross-article.json'), 'utf8')) as { figures: string[]; scope: string; derived?: boolean }[];
    const gold = (ref: string) => goldFigures.find((figure) => `000_83a3e3f7ef617a93:${figure.id}` === ref)!;
    goldChecks = groups
      .filter((group) => group.scope === 'within-article' && group.derived && group.figures.every((ref) => ref.startsWith('000_83a3e3f7ef617a93:')))
      .map((group) => ({ claim: gold(group.figures[0]!), against: group.figures.slice(1).map(gold) }));

    // The ingested figures, keyed by value and period: extraction numbers them itself.
    const { records } = await db.driver.executeQuery(
      'MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(f:Figure) RETURN f.id AS id, f.value AS value, f.period AS period',
      { articleId },
    );
    extracted = new Map(records.map((record) => [`${record.get('value')}|${record.get('period')}`, record.get('id') as string]));
  });
  afterAll(async () => {
    await deleteArticle(db, articleId);
    await db.close();
  });

  const ingestedId = (figure: GoldFigure) => {
    const found = extracted.get(`${figure.value}|${figure.period}`);
    expect(found, `figure ${figure.value} (${figure.period}) extracted`).toBeDefined();
    return found!;
  };

  it('finds the two arithmetic checks the gold names for 000, and no other', async () => {
    // "nearly 25 percent" (177,960 → 136,700 is 23.2%) and "84,000" (315,943 − 231,000 = 84,943).
    expect(goldChecks.map((check) => check.claim.value).sort((a, b) => a - b)).toEqual([25, 84_000]);
    const links = await arithmeticLinksOf(db, articleId);
    const expected = goldChecks.flatMap((check) => check.against.map((figure) => [ingestedId(check.claim), 'CONFLICTS_WITH', ingestedId(figure)]));
    expect(links.map((link) => [link.from, link.type, link.to])).toEqual(expected.sort((a, b) => `${a[0]} ${a[2]}`.localeCompare(`${b[0]} ${b[2]}`)));
    for (const link of links) expect(link).toMatchObject({ derived: true, withinArticle: true, origin: 'computed' });
  });

  it('gives each its reason and how far the stated change is off', async () => {
    const links = await arithmeticLinksOf(db, articleId);
    const percent = links.find((link) => link.reason.includes('25 percent'));
    expect(percent?.reason).toContain('177,960 (FY2014) → 136,700 (FY2015) is a 23.2% decline');
    expect(percent?.delta).toBeCloseTo(-1.815, 3);
    const count = links.find((link) => link.reason.includes("'84,000'"));
    expect(count?.reason).toContain('315,943 (FY2014) → 231,000 (FY2015) is a decline of 84,943');
    expect(count?.delta).toBe(943);
  });
});
