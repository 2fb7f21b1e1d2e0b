import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { applyMigrations } from '../../src/neo4j/applyMigrations.js';
import type { Database } from '../../src/neo4j/Database.js';
import { openTestDatabase } from '../support/testDatabase.js';

const migrationDir = join(projectRoot, 'cypher', 'migrations');

describe('migrations', () => {
  let db: Database;
  const run = randomUUID().slice(0, 8);
  const ids = { linkable: `migrate-a-${run}`, restating: `migrate-b-${run}`, derived: `migrate-c-${run}` };
  const firstStatements = async () =>
    (await db.driver.executeQuery('MATCH (f:FirstStatement) WHERE f.id IN $ids RETURN f.id AS id ORDER BY id', { ids: Object.values(ids) })).records.map((record) => record.get('id') as string);

  beforeAll(async () => {
    db = await openTestDatabase();
    // Figures as a graph written before first statements were labelled holds them.
    await db.driver.executeQuery(
      `CREATE (:Figure {id: $ids.linkable, measureId: 'm', period: 'FY2012', value: 1, derived: false})
       CREATE (:Figure {id: $ids.restating, measureId: 'm', period: 'FY2012', value: 1, derived: false})-[:RESTATES]->(:Figure {id: $ids.derived, measureId: 'm', period: 'FY2012', value: 1, derived: true})`,
      { ids },
    );
  });
  afterAll(async () => {
    await db.driver.executeQuery('MATCH (f:Figure) WHERE f.id IN $ids DETACH DELETE f', { ids: Object.values(ids) });
    await db.close();
  });

  it('are numbered', async () => {
    expect((await readdir(migrationDir)).every((file) => /^\d{3}-[a-z-]+\.cypher$/.test(file))).toBe(true);
  });

  it('label as first statements the linkable figures of an earlier graph that restate none, and change nothing when run again (issue 3)', async () => {
    expect(await firstStatements()).toEqual([]);
    await applyMigrations(db.driver, migrationDir);
    expect(await firstStatements()).toEqual([ids.linkable]);
    await applyMigrations(db.driver, migrationDir);
    expect(await firstStatements()).toEqual([ids.linkable]);
  });
});
