import DataLoader from 'dataloader';
import type { Database, Params, Row } from '../../neo4j/Database.js';
import type { Deadline } from '../../neo4j/Deadline.js';
import type { Page } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';

export interface RelatedPage<T> extends Page<T> {
  total: number;
}

/**
 * Per-request batching, so a nested selection costs one query per level rather than one per
 * parent: every key asked for in the same tick goes to Neo4j in one `UNWIND $keys`.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: Database,
    private readonly deadline: Deadline,
  ) {}

  private memo<V>(cacheKey: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      loader = make() as DataLoader<string, unknown>;
      this.loaders.set(cacheKey, loader);
    }
    return loader as DataLoader<string, V>;
  }

  /** Forgets what this request has read, which a write it made may have changed. */
  forget(): void {
    this.loaders.clear();
  }

  /** Rows by key. The query takes `$keys` and returns columns `key, node`. */
  byKey<T = Row>(queryName: string, params: Params = {}): DataLoader<string, T | null> {
    return this.memo(`${queryName}:${JSON.stringify(params)}`, () =>
      new DataLoader<string, T | null>(async (keys) => {
        const rows = await this.db.read(queryName, { ...params, keys }, this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, row.node as T]));
        return keys.map((key) => found.get(key) ?? null);
      }),
    );
  }

  /** A root list page. The query takes `$after, $limit` (plus params) and returns one row `total, nodes`. */
  async list<T = string>(queryName: string, window: PageWindow, params: Params): Promise<RelatedPage<T>> {
    const [row] = await this.db.read(queryName, { ...params, after: window.after, limit: window.limit + 1 }, this.deadline);
    return this.pageOf<T>(row, window);
  }

  private pageOf<T>(row: Row | undefined, window: PageWindow): RelatedPage<T> {
    const nodes = (row?.nodes as T[] | undefined) ?? [];
    return { nodes: nodes.slice(0, window.limit), hasNextPage: nodes.length > window.limit, total: Number(row?.total ?? 0) };
  }

  /**
   * A page of related rows for each parent key. The query takes `$keys, $after, $limit` (plus
   * params) and returns `key, nodes, total`, nodes ordered by id and at most $limit of them.
   */
  related<T = Row>(queryName: string, window: PageWindow, params: Params = {}): DataLoader<string, RelatedPage<T>> {
    return this.memo(`${queryName}:${window.limit}:${JSON.stringify(window.after)}:${JSON.stringify(params)}`, () =>
      new DataLoader<string, RelatedPage<T>>(async (keys) => {
        const rows = await this.db.read(queryName, { ...params, keys, after: window.after, limit: window.limit + 1 }, this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, row]));
        return keys.map((key) => this.pageOf<T>(found.get(key), window));
      }),
    );
  }
}
