import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkArticleText } from '../pipeline/ingestLimits.js';
import { IngestInputError } from '../write/IngestInputError.js';
import { formatOfPath } from './ArticleFormat.js';
import { parseArticleSource } from './parseArticleSource.js';
import type { SourceArticle } from './SourceArticle.js';

/** The id a file gives its article when its content names none: its name without extension. */
function idOfFileName(path: string): string {
  // Ids are at most 100 characters (see parseArticleSource).
  return basename(path, extname(path)).replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 100);
}

async function contentOf(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestInputError('no such file');
    if (code === 'EISDIR') throw new IngestInputError('a folder, not an article file');
    throw error;
  }
}

/** Reads one article file (UTF-8), in the format its extension names. */
export async function readArticleFile(path: string): Promise<SourceArticle> {
  const content = (await contentOf(path)).replace(/^\uFEFF/, '');
  // Refused before parsing: a huge page would cost jsdom far more than its size.
  checkArticleText(content);
  return parseArticleSource(content, formatOfPath(path), idOfFileName(path));
}
