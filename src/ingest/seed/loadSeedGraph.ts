import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Database } from '../../neo4j/Database.js';
import { parseArticleFacts, writeArticle, type WriteResult } from '../write/writeArticle.js';
import { FigureLinkGroupSchema, figureLinkRows } from './FigureLinkGroup.js';

export const FIGURE_LINKS_FILE = 'figure-links.json';

export interface SeedSummary {
  articles: WriteResult[];
  figureLinks: number;
}

/** Writes the curated seed graph: each article file through the ingestion write path, then the figure links. */
export async function loadSeedGraph(db: Database, dir: string): Promise<SeedSummary> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json') && name !== FIGURE_LINKS_FILE).sort();
  const articles: WriteResult[] = [];
  for (const file of files) {
    const facts = parseArticleFacts(JSON.parse(await readFile(join(dir, file), 'utf8')));
    articles.push(await writeArticle(db, facts));
  }
  const groups = z.array(FigureLinkGroupSchema).parse(JSON.parse(await readFile(join(dir, FIGURE_LINKS_FILE), 'utf8')));
  const links = groups.flatMap(figureLinkRows);
  const [result] = await db.writeTransaction((tx) => tx.run('merge-figure-links', { links }));
  return { articles, figureLinks: Number(result?.links ?? 0) };
}
