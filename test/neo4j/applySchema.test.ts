import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { schemaStatements } from '../../src/neo4j/cypherFiles.js';

const schemaDir = join(projectRoot, 'cypher', 'schema');

describe('schema files', () => {
  it('are numbered and every statement is idempotent', async () => {
    const files = (await readdir(schemaDir)).sort();
    expect(files.every((file) => /^\d{3}-[a-z-]+\.cypher$/.test(file))).toBe(true);
    for (const file of files) {
      for (const statement of schemaStatements(await readFile(join(schemaDir, file), 'utf8'))) {
        // Creating what is there already, or dropping what is gone, is a no-op.
        expect(statement).toMatch(/^CREATE [\s\S]* IF NOT EXISTS |^DROP (INDEX|CONSTRAINT) \w+ IF EXISTS$/);
      }
    }
  });

  it('give every label a uniqueness constraint on id', async () => {
    const text = await readFile(join(schemaDir, '001-unique-ids.cypher'), 'utf8');
    for (const label of ['Article', 'Person', 'Organization', 'Program', 'Figure', 'Quote', 'Measure', 'Period']) {
      expect(text).toContain(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }
  });
});
