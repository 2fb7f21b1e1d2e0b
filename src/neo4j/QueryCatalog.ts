import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** The Cypher files of a folder, read once at start-up and called by name. */
export class QueryCatalog {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static async load(dir: string): Promise<QueryCatalog> {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
    const entries = await Promise.all(
      files.map(async (file) => [basename(file, '.cypher'), await readFile(join(dir, file), 'utf8')] as const),
    );
    return new QueryCatalog(new Map(entries));
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`no Cypher query named ${name}`);
    return text;
  }
}
