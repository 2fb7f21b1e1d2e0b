import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver, Session } from 'neo4j-driver';

/** Index builds on a large graph take a while; anything longer than this is a fault. */
const SCHEMA_TIMEOUT_MS = 120_000;
/** A migration rewrites what a large graph holds, in transactions of its own. */
const MIGRATION_TIMEOUT_MS = 600_000;

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

/** Runs the statements of a folder's `.cypher` files in file order; returns how many ran. */
async function runFiles(session: Session, dir: string, timeout: number): Promise<number> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  let applied = 0;
  for (const file of files) {
    for (const statement of schemaStatements(await readFile(join(dir, file), 'utf8'))) {
      await session.run(statement, {}, { timeout });
      applied += 1;
    }
  }
  return applied;
}

/**
 * Applies the numbered `IF NOT EXISTS` files in order, so running it on every start is safe,
 * and waits for the indexes to come online before the first query uses them.
 */
export async function applySchema(driver: Driver, dir: string, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const applied = await runFiles(session, dir, SCHEMA_TIMEOUT_MS);
    await session.run('CALL db.awaitIndexes(60)', {}, { timeout: SCHEMA_TIMEOUT_MS });
    return applied;
  } finally {
    await session.close();
  }
}

/**
 * Brings a graph written by an earlier version to what the queries expect: numbered files whose
 * statements find nothing to change once they have run, so running them on every start is safe.
 */
export async function applyMigrations(driver: Driver, dir: string, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    return await runFiles(session, dir, MIGRATION_TIMEOUT_MS);
  } finally {
    await session.close();
  }
}
