import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Database } from '../../neo4j/Database.js';
import { IngestInputError } from '../write/IngestInputError.js';
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
  const figureLinks = await db.writeTransaction(async (tx) => {
    const [result] = await tx.run('merge-figure-links', { links });
    const written = Number(result?.links ?? 0);
    // A mistyped figure id would otherwise drop its link without a word.
    if (written !== links.length) throw new IngestInputError(`${FIGURE_LINKS_FILE}: ${links.length - written} links name figures that are not in the graph`);
    return written;
  });
  return { articles, figureLinks };
}
