import type { Driver } from 'neo4j-driver';
import { runCypherFiles } from './cypherFiles.js';

/** A migration rewrites what a large graph holds, in transactions of its own. */
const MIGRATION_TIMEOUT_MS = 600_000;

/**
 * Brings a graph written by an earlier version to what the queries expect: numbered files whose
 * statements find nothing to change once they have run, so running them on every start is safe.
 */
export async function applyMigrations(driver: Driver, dir: string, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    return await runCypherFiles(session, dir, MIGRATION_TIMEOUT_MS);
  } finally {
    await session.close();
  }
}
