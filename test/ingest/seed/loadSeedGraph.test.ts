import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_LINKS_FILE, loadSeedGraph } from '../../../src/ingest/seed/loadSeedGraph.js';
import type { Database } from '../../../src/neo4j/Database.js';
import { SEED_DIR } from '../../../src/server/startServer.js';
import { sharedDir, withoutShared } from '../../support/sharedEval.js';
import { openTestDatabase } from '../../support/testDatabase.js';

interface SeedFile {
  article: { id: string; content_hash: string; text_length: number };
  figures: { id: string; value_text: string; start: number; end: number }[];
  quotes: { id: string; start: number; end: number }[];
}

const seedArticlesDir = join(sharedDir, 'seeds');

async function seedFiles(): Promise<SeedFile[]> {
  const names = (await readdir(SEED_DIR)).filter((name) => name.endsWith('.json') && name !== FIGURE_LINKS_FILE);
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(SEED_DIR, name), 'utf8')) as SeedFile));
}

describe('the seed graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('holds every article, figure and quote of the seed files, each with its span', async () => {
    const files = await seedFiles();
    const [row] = await db.driver.executeQuery(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN count(DISTINCT a) AS articles,
              COUNT { MATCH (:Figure)-[:REPORTED_IN]->(x:Article) WHERE x.id IN $ids } AS figures,
              COUNT { MATCH (:Quote)-[:REPORTED_IN]->(x:Article) WHERE x.id IN $ids } AS quotes`,
      { ids: files.map((file) => file.article.id) },
    ).then((result) => result.records.map((record) => record.toObject()));
    expect(row).toEqual({
      articles: files.length,
      figures: files.reduce((sum, file) => sum + file.figures.length, 0),
      quotes: files.reduce((sum, file) => sum + file.quotes.length, 0),
    });
  });

  it('gives every quote a speaker and every fact its article span', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (fact) WHERE fact:Figure OR fact:Quote
       OPTIONAL MATCH (fact)-[span:REPORTED_IN]->(:Article)
       WITH fact, span WHERE span IS NULL OR span.start IS NULL OR span.end <= span.start
          OR NOT valueType(span.start) STARTS WITH 'INTEGER' OR NOT valueType(span.end) STARTS WITH 'INTEGER'
          OR (fact:Quote AND NOT EXISTS { (:Person|Organization)-[:SAID]->(fact) })
       RETURN count(fact) AS broken`,
    );
    expect(records[0]?.get('broken')).toBe(0);
  });

  it('gives a difference only between figures of the same unit', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Figure)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]->(b:Figure)
       RETURN count(r) AS links, count(CASE WHEN a.unit <> b.unit AND r.delta IS NOT NULL THEN 1 END) AS mixed,
              [x IN collect(CASE WHEN a.unit = b.unit THEN r.delta = b.value - a.value END) WHERE NOT x] AS wrong`,
    );
    expect(records[0]?.toObject()).toMatchObject({ mixed: 0, wrong: [] });
    expect(records[0]?.get('links')).toBeGreaterThan(0);
  });

  it('is unchanged by loading it again', async () => {
    const before = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships');
    const summary = await loadSeedGraph(db, SEED_DIR);
    const after = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships');
    expect(summary.articles.every((article) => article.outcome === 'unchanged')).toBe(true);
    expect(after.records[0]?.toObject()).toEqual(before.records[0]?.toObject());
  });

  it('merges one agency across articles, aliases united', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (ice:Organization:Agency {id: 'u-s-immigration-and-customs-enforcement'})
       RETURN ice.aliases AS aliases, COUNT { (:Article)-[:MENTIONS]->(ice) } AS articles`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('articles')).toBe(4);
    expect(records[0]?.get('aliases')).toEqual(expect.arrayContaining(['ICE', 'Immigration and Customs Enforcement']));
  });

  describe.skipIf(withoutShared(seedArticlesDir))('against the seed article texts', () => {
    it('records each text by its SHA-256, and every span covers the words it claims', async () => {
      for (const file of await seedFiles()) {
        const bytes = await readFile(join(seedArticlesDir, `${file.article.id}.txt`));
        const text = bytes.toString('utf8');
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.article.content_hash);
        expect(text.length).toBe(file.article.text_length);
        for (const figure of file.figures) expect(text.slice(figure.start, figure.end)).toBe(figure.value_text);
      }
    });
  });
});
