import { extname } from 'node:path';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json';

/** The file extensions read as articles (lower case, with the dot). */
export const ARTICLE_EXTENSIONS: ReadonlyMap<string, ArticleFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.json', 'json'],
]);

/** The format a file's extension names; anything unknown is read as plain text. */
export function formatOfPath(path: string): ArticleFormat {
  return ARTICLE_EXTENSIONS.get(extname(path).toLowerCase()) ?? 'text';
}
