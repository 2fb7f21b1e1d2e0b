import { createHash, randomUUID } from 'node:crypto';
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

/** An article of its own that names the entities every article of `run` names, saying what they are part of or not. */
function sharedFacts(run: string, articleId: string, statesHierarchy = true) {
  const agency = `Shared Agency ${run}`;
  return parseArticleFacts({
    article: { id: articleId, title: `Shared ${articleId}`, content_hash: createHash('sha256').update(`${articleId}${statesHierarchy}`).digest('hex') },
    people: [{ name: `Sam Shared ${run}`, roles: [{ title: 'Director', organization: agency }] }],
    organizations: [
      { name: agency, kind: 'agency', ...(statesHierarchy ? { part_of: `Shared Department ${run}` } : {}) },
      { name: `Shared Department ${run}`, kind: 'agency' },
    ],
    programs: [{ name: `Shared Program ${run}`, ...(statesHierarchy ? { run_by: agency } : {}) }],
    figures: [{ id: 'f1', value: 10, value_text: 'ten', unit: 'people', measure: `shared removals ${run}`, period: 'FY2020', source: agency, start: 0, end: 3 }],
    quotes: [{ id: 'q1', speaker: `Sam Shared ${run}`, text: 'Ten.', direct: true, about_figures: ['f1'], about_entities: [agency, `Shared Program ${run}`], start: 0, end: 4 }],
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

  it('lets writers of different articles naming the same entities run at once (issue 3)', async () => {
    const shared = `${run}s`;
    // Entities new to the graph are created by one writer at a time (the others wait to merge onto them), so a
    // first article brings them in. Article 2 is then written while article 1's transaction is still open: a lock
    // article 1 held on an entity both name (the agency, the person, a year, the program's RUN_BY) would keep
    // article 2 waiting.
    await writeArticle(db, sharedFacts(shared, `test-${shared}-0`));
    let second: Promise<unknown> | undefined;
    const first = await writeArticle(db, sharedFacts(shared, `test-${shared}-1`), {
      afterWrite: async (tx, articleId) => {
        // A statement of the same transaction runs after the facts' statement: the first article's locks are taken.
        await tx.run('list-article-arithmetic-figures', { articleId });
        second = writeArticle(db, sharedFacts(shared, `test-${shared}-2`));
        const waited = new Promise((_, reject) => setTimeout(() => reject(new Error('the second article waited for the first')), 15_000).unref());
        await Promise.race([second, waited]);
      },
    });
    expect(first.outcome).toBe('new');
    await expect(second).resolves.toMatchObject({ outcome: 'new' });
  });

  it('keeps a PART_OF or RUN_BY while an article states it, and removes it with the last one', async () => {
    const stated = `${run}p`;
    const hierarchy = () =>
      db.driver.executeQuery(
        `MATCH (child {id: $agency})-[link:PART_OF|RUN_BY]-(other)
         RETURN type(link) AS type, COLLECT { MATCH (a:Article)-[m:MENTIONS]->(x) WHERE x.id IN [$agency, $program] AND (m.partOf IS NOT NULL OR m.runBy IS NOT NULL) RETURN DISTINCT a.id ORDER BY a.id } AS articles
         ORDER BY type`,
        { agency: `shared-agency-${stated}`, program: `shared-program-${stated}` },
      ).then((result) => result.records.map((record) => record.toObject()));
    const [one, two] = [`test-${stated}-1`, `test-${stated}-2`];
    await writeArticle(db, sharedFacts(stated, one));
    await writeArticle(db, sharedFacts(stated, two));
    expect(await hierarchy()).toEqual([{ type: 'PART_OF', articles: [one, two] }, { type: 'RUN_BY', articles: [one, two] }]);
    // A graph written before the statements moved to MENTIONS listed them on the relationship.
    const legacy = { agency: `shared-agency-${stated}` };
    await db.driver.executeQuery(`MATCH (:Organization {id: $agency})-[link:PART_OF]->() SET link.articles = [$agency]`, legacy);
    // Rewritten without them, article one no longer states them; article two still does.
    await writeArticle(db, sharedFacts(stated, one, false));
    expect(await hierarchy()).toEqual([{ type: 'PART_OF', articles: [two] }, { type: 'RUN_BY', articles: [two] }]);
    const { records } = await db.driver.executeQuery(`MATCH (:Organization {id: $agency})-[link:PART_OF]->() RETURN link.articles AS articles`, legacy);
    expect(records.map((record) => record.get('articles'))).toEqual([null]);
    await writeArticle(db, sharedFacts(stated, two, false));
    expect(await hierarchy()).toEqual([]);
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
