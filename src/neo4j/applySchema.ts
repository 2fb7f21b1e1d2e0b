import type { Driver } from 'neo4j-driver';
import { runCypherFiles } from './cypherFiles.js';

/** Index builds on a large graph take a while; anything longer than this is a fault. */
const SCHEMA_TIMEOUT_MS = 120_000;

/**
 * Applies the numbered `IF NOT EXISTS` files in order, so running it on every start is safe,
 * and waits for the indexes to come online before the first query uses them.
 */
export async function applySchema(driver: Driver, dir: string, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const applied = await runCypherFiles(session, dir, SCHEMA_TIMEOUT_MS);
    await session.run('CALL db.awaitIndexes(60)', {}, { timeout: SCHEMA_TIMEOUT_MS });
    return applied;
  } finally {
    await session.close();
  }
}
