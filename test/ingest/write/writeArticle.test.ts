import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';
import { parseArticleFacts, writeArticle, type ArticleWriter } from '../../../src/ingest/write/writeArticle.js';
import type { Database } from '../../../src/neo4j/Database.js';
import { openTestDatabase } from '../../support/testDatabase.js';

/** Made-up facts under names of their own, so the test's data never meets the seed graph's. */
function testFacts(run: string, hash: string, quoteText = 'We removed 1,234 people this year.') {
  return parseArticleFacts({
    article: { id: `test-${run}`, title: `Test article ${run}`, content_hash: hash, text_length: 500 },
    people: [{ name: `Robin Tester ${run}`, aliases: ['Tester'], roles: [{ title: 'Director', organization: `Tester Agency ${run}` }] }],
    organizations: [{ name: `Tester Agency ${run}`, acronym: 'TA', kind: 'agency' }],
    programs: [{ name: `Tester Program ${run}`, run_by: `Tester Agency ${run}` }],
    figures: [{ id: 'f1', value: 1234, value_text: '1,234', unit: 'people', measure: `test removals ${run}`, period: 'FY2020', source: 'TA', start: 10, end: 15 }],
    quotes: [{ id: 'q1', speaker: 'Tester', text: quoteText, direct: true, about_figures: ['f1'], about_entities: [`Tester Program ${run}`], start: 0, end: 40 }],
  });
}

const countsQuery = `
  MATCH (a:Article {id: $id})
  RETURN COUNT { (a)<-[:REPORTED_IN]-(:Figure) } AS figures,
         COUNT { (a)<-[:REPORTED_IN]-(:Quote) } AS quotes,
         COUNT { (a)-[:MENTIONS]->() } AS mentions,
         [(a)<-[:REPORTED_IN]-(q:Quote) | q.text] AS texts`;

describe('writeArticle', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const articleId = `test-${run}`;

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.driver.executeQuery(
      `MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n`,
      { run },
    );
    await db.close();
  });

  const counts = async () => (await db.driver.executeQuery(countsQuery, { id: articleId })).records[0]?.toObject();

  it('writes a new article with its entities, figures and quotes', async () => {
    const result = await writeArticle(db, testFacts(run, 'a'.repeat(64)));
    expect(result).toMatchObject({ articleId, outcome: 'new', entitiesCreated: 3, entitiesMerged: 0, figures: 1, quotes: 1 });
    expect(await counts()).toMatchObject({ figures: 1, quotes: 1, mentions: 3 });
  });

  it('changes nothing when the same text is written again', async () => {
    const before = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels');
    const result = await writeArticle(db, testFacts(run, 'a'.repeat(64)));
    const after = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels');
    expect(result.outcome).toBe('unchanged');
    expect(after.records[0]?.toObject()).toEqual(before.records[0]?.toObject());
  });

  it('replaces the facts of a changed text', async () => {
    const result = await writeArticle(db, testFacts(run, 'b'.repeat(64), 'We removed 1,234 people, not more.'));
    // Its person, agency and program are the ones the first write created.
    expect(result).toMatchObject({ outcome: 'updated', entitiesCreated: 0, entitiesMerged: 3 });
    expect(await counts()).toMatchObject({ figures: 1, quotes: 1, texts: ['We removed 1,234 people, not more.'] });
  });

  it('writes corrected facts of an unchanged text', async () => {
    const corrected = testFacts(run, 'b'.repeat(64), 'We removed 1,234 people, not more.');
    corrected.figures[0]!.period = 'FY2021';
    expect((await writeArticle(db, corrected)).outcome).toBe('updated');
    const { records } = await db.driver.executeQuery('MATCH (f:Figure {id: $id}) RETURN f.period AS period', { id: `${articleId}:f1` });
    expect(records[0]?.get('period')).toBe('FY2021');
  });

  it('lets concurrent writers of one new article go one after the other', async () => {
    const racing = `${run}r`;
    const results = await Promise.all([1, 2, 3].map(() => writeArticle(db, testFacts(racing, 'e'.repeat(64)))));
    expect(results.map((result) => result.outcome).sort()).toEqual(['new', 'unchanged', 'unchanged']);
    const { records } = await db.driver.executeQuery(countsQuery, { id: `test-${racing}` });
    expect(records[0]?.toObject()).toMatchObject({ figures: 1, quotes: 1, mentions: 3 });
  });

  it('leaves nothing of an article whose transaction fails part-way', async () => {
    const failingRun = `${run}x`;
    // The article's facts are written; then the transaction breaks before it commits.
    const failing: ArticleWriter = {
      writeTransaction: (work) =>
        db.writeTransaction((runner) =>
          work({
            run: async (name, params) => {
              const rows = await runner.run(name, params);
              if (name === 'merge-article-facts') throw new Error('connection lost mid-article');
              return rows;
            },
          }),
        ),
    };
    await expect(writeArticle(failing, testFacts(failingRun, 'c'.repeat(64)))).rejects.toThrow('connection lost mid-article');
    const { records } = await db.driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $failingRun RETURN count(n) AS left', { failingRun });
    expect(records[0]?.get('left')).toBe(0);
  });

  it('refuses inconsistent facts before writing anything', async () => {
    const bad = testFacts(`${run}y`, 'd'.repeat(64));
    bad.quotes[0]!.about_figures = ['f7'];
    await expect(writeArticle(db, bad)).rejects.toBeInstanceOf(IngestInputError);
    const { records } = await db.driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: `test-${run}y` });
    expect(records[0]?.get('n')).toBe(0);
  });
});
