import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IngestInputError } from '../write/IngestInputError.js';
import { ARTICLE_EXTENSIONS } from './ArticleFormat.js';

const isArticleFile = (name: string) => !name.startsWith('.') && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());

async function filesUnder(folder: string): Promise<string[]> {
  const files: string[] = [];
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (isArticleFile(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await stat(path)).isFile()))) files.push(path);
  }
  return files;
}

/**
 * The article files that command-line arguments name: a file as given, a folder's article files
 * (.txt .text .md .markdown .html .htm .json) recursively in name order, hidden ones skipped and
 * symlinked folders not followed, so that a link cannot make the walk loop.
 */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null) throw new IngestInputError(`${path}: no such file or folder`);
    for (const file of info.isDirectory() ? await filesUnder(path) : [path]) files.add(file);
  }
  return [...files];
}
