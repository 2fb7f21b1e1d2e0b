import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';

/** Index builds on a large graph take a while; anything longer than this is a fault. */
const SCHEMA_TIMEOUT_MS = 120_000;

/** Splits a schema file into statements; files hold one statement per `;`-terminated line group. */
export function schemaStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies the numbered `IF NOT EXISTS` files in order, so running it on every start is safe,
 * and waits for the indexes to come online before the first query uses them.
 */
export async function applySchema(driver: Driver, dir: string, database?: string): Promise<number> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  let applied = 0;
  const session = driver.session({ database });
  try {
    for (const file of files) {
      for (const statement of schemaStatements(await readFile(join(dir, file), 'utf8'))) {
        await session.run(statement, {}, { timeout: SCHEMA_TIMEOUT_MS });
        applied += 1;
      }
    }
    await session.run('CALL db.awaitIndexes(60)', {}, { timeout: SCHEMA_TIMEOUT_MS });
  } finally {
    await session.close();
  }
  return applied;
}
