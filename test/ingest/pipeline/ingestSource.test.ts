import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKnowledge } from '../../../src/ingest/extract/EntityKnowledge.js';
import { loadEntityKnowledge } from '../../../src/ingest/extract/loadEntityKnowledge.js';
import { ingestSource } from '../../../src/ingest/pipeline/ingestSource.js';
import { readArticleFile } from '../../../src/ingest/read/readArticleFile.js';
import type { SourceArticle } from '../../../src/ingest/read/SourceArticle.js';
import { deleteArticle } from '../../../src/ingest/write/deleteArticle.js';
import type { Database } from '../../../src/neo4j/Database.js';
import { sharedDir, withoutShared } from '../../support/sharedEval.js';
import { openTestDatabase } from '../../support/testDatabase.js';

const seedsDir = join(sharedDir, 'seeds');
const graphSize = 'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships';

describe.skipIf(withoutShared(seedsDir))('ingesting the seed articles', () => {
  let db: Database;
  let knowledge: EntityKnowledge;
  let seeds: SourceArticle[];
  const run = randomUUID().slice(0, 8);
  const copyIds: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    knowledge = await loadEntityKnowledge();
    seeds = await Promise.all((await readdir(seedsDir)).sort().map((file) => readArticleFile(join(seedsDir, file))));
  });
  afterAll(async () => {
    for (const id of copyIds) await deleteArticle(db, id);
    await db.close();
  });

  it('changes nothing when the graph already holds them (same text, same ids)', async () => {
    const before = await db.driver.executeQuery(graphSize);
    const results = await Promise.all(seeds.map((seed) => ingestSource(db, seed, { knowledge })));
    expect(results.map((result) => result.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(results.map((result) => result.articleId)).toEqual(seeds.map((seed) => seed.id));
    const after = await db.driver.executeQuery(graphSize);
    expect(after.records[0]!.toObject()).toEqual(before.records[0]!.toObject());
  });

  // Regression (issue 3): the alias list's "ICE is part of DHS" made a text that names only ICE unwritable.
  it('builds each article from extraction when its text is new, in one transaction each', async () => {
    for (const seed of seeds) {
      const copy = { ...seed, id: `test-${run}-${seed.id}`, text: `${seed.text}\n` };
      copyIds.push(copy.id);
      const result = await ingestSource(db, copy, { knowledge });
      expect(result.outcome).toBe('new');
      expect(result.figures).toBeGreaterThan(3);
      expect(result.quotes).toBeGreaterThan(5);
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Article) WHERE a.id IN $ids
       RETURN a.id AS id, COUNT { (a)<-[:REPORTED_IN]-(:Quote)<-[:SAID]-(:Person) } AS personQuotes,
              COUNT { (a)-[:MENTIONS]->(:Organization {id: 'u-s-immigration-and-customs-enforcement'}) } AS mentionsIce`,
      { ids: copyIds },
    );
    expect(records).toHaveLength(4);
    for (const record of records) {
      expect(record.get('personQuotes')).toBeGreaterThan(0);
      expect(record.get('mentionsIce')).toBe(1);
    }
  });
});
