import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { buildGraphSchema, printGraphSchema } from '../../src/graph/buildGraphSchema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run emit-schema` after changing the API)', async () => {
    const committed = await readFile(join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printGraphSchema(await buildGraphSchema())).toBe(committed);
  });
});
