import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Session } from 'neo4j-driver';

/** Splits a Cypher file into statements; files hold one statement per `;`-terminated line group. */
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
export async function runCypherFiles(session: Session, dir: string, timeout: number): Promise<number> {
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
