import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { Database, Params, Row, Statement } from '../../neo4j/Database.js';
import type { Deadline } from '../../neo4j/Deadline.js';
import type { ConnectionData, Page } from '../pagination/Connection.js';
import { encodeCursor, type CursorPosition } from '../pagination/cursor.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import { buildNodes } from './buildNodes.js';
import { buildRelatedList } from './buildRelatedList.js';
import type { NodeShape } from './NodeShape.js';
import { PREFETCHED, type Prefetch } from './Prefetch.js';
import type { RelatedList } from './RelatedList.js';

/** A root list whose statements were built for the arguments given (see src/graph/query). */
export interface BuiltList {
  /** Takes the window as built into it; returns one row `nodes, ranks`. */
  page: Statement;
  /** Returns one row `total`. */
  count: Statement;
}

/** A row of a list is an id, or a map with one. */
function keyOfItem(item: unknown): string {
  return typeof item === 'string' ? item : String((item as { id: unknown }).id);
}

/**
 * The parameters by which a list query knows its window; `limit` asks one row more to see what
 * follows, as an integer (a JavaScript number reaches Cypher as a float, which LIMIT refuses).
 */
function windowParams(window: PageWindow): Params {
  return { cursor: window.cursor, backward: window.backward, limit: neo4j.int(window.limit + 1), withTotal: false };
}

const COUNT_ONLY: Params = { cursor: null, backward: false, limit: neo4j.int(0), withTotal: true };

/** Rows come in the direction of travel, one more than asked when more follow; pages read front to back. */
export function pageOf<T>(row: Row | undefined, window: PageWindow): Page<T> {
  const ranks = (row?.ranks as CursorPosition['rank'][] | undefined) ?? null;
  const rows = [...((row?.nodes as T[] | undefined) ?? [])];
  // A list ordered by key alone is put in key order here too, so that no step of a query that
  // projects its rows after ordering them can disturb the page.
  if (ranks === null) {
    const direction = window.backward ? -1 : 1;
    rows.sort((x, y) => direction * (keyOfItem(x) < keyOfItem(y) ? -1 : keyOfItem(x) > keyOfItem(y) ? 1 : 0));
  }
  const more = rows.length > window.limit;
  const nodes = rows.slice(0, window.limit);
  const cursors = nodes.map((node, i) => encodeCursor({ rank: ranks?.[i] ?? null, key: keyOfItem(node) }));
  if (window.backward) {
    nodes.reverse();
    cursors.reverse();
  }
  const fromCursor = window.cursor !== null;
  return { nodes, cursors, hasNextPage: window.backward ? fromCursor : more, hasPreviousPage: window.backward ? more : fromCursor };
}

const relatedKey = (queryName: string, window: PageWindow, params: Params) => `${queryName}:${JSON.stringify(window)}:${JSON.stringify(params)}`;

function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

/**
 * Per-request batching, so a nested selection costs at most one query per level rather than one per
 * parent: every key asked for in the same tick goes to Neo4j in one `UNWIND $keys`.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** Related pages a statement above read ahead, by relatedKey and parent key. */
  private readonly readAhead = new Set<string>();

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
    this.readAhead.clear();
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

  /** Nodes by key as `byKey` reads them with the label's get- query, each carrying the pages `nested` reads ahead. */
  nodesWith<T>(shape: NodeShape, nested: Prefetch[]): DataLoader<string, T | null> {
    return this.memo(`nodes:${shape.label}:${JSON.stringify(nested)}`, () =>
      new DataLoader<string, T | null>(async (keys) => {
        const rows = await this.db.readStatement(buildNodes(shape, nested, keys), this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, row.node as T]));
        this.primePrefetched([...found.values()], nested);
        return keys.map((key) => found.get(key) ?? null);
      }),
    );
  }

  /**
   * A root list page from a named query. It takes `$cursor, $backward, $limit, $withTotal` (plus
   * params) and returns one row `nodes` (with `ranks` when sorted by more than the key) and `total`.
   */
  async list<T = string>(queryName: string, window: PageWindow, params: Params): Promise<ConnectionData<T>> {
    const [row] = await this.db.read(queryName, { ...params, ...windowParams(window) }, this.deadline);
    const count = once(async () => {
      const [counted] = await this.db.read(queryName, { ...params, ...COUNT_ONLY }, this.deadline);
      return Number(counted?.total ?? 0);
    });
    return { page: pageOf<T>(row, window), count };
  }

  /**
   * A root list page from statements built for its arguments; `prefetches` are the related pages its
   * nodes carry (see withPrefetch), handed to their loaders.
   */
  async built<T = string>(list: BuiltList, window: PageWindow, prefetches: Prefetch[] = []): Promise<ConnectionData<T>> {
    const [row] = await this.db.readStatement(list.page, this.deadline);
    const count = once(async () => {
      const [counted] = await this.db.readStatement(list.count, this.deadline);
      return Number(counted?.total ?? 0);
    });
    const page = pageOf<T>(row, window);
    this.primePrefetched(page.nodes, prefetches);
    return { page, count };
  }

  /**
   * A page of related rows for each parent key. The query takes `$keys, $cursor, $backward, $limit,
   * $withTotal` (plus params) and returns `key, nodes, total`, nodes in key order and at most $limit.
   */
  related<T = Row>(queryName: string, window: PageWindow, params: Params = {}): DataLoader<string, ConnectionData<T>> {
    const counts = this.counts(queryName, params);
    return this.memo(relatedKey(queryName, window, params), () =>
      new DataLoader<string, ConnectionData<T>>(async (keys) => {
        const rows = await this.db.read(queryName, { ...params, keys, ...windowParams(window) }, this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, row]));
        return keys.map((key) => ({ page: pageOf<T>(found.get(key), window), count: () => counts.load(key) }));
      }),
    );
  }

  /**
   * A related list's page for one parent, as a statement above read it ahead; otherwise, with what
   * the selection asks of its nodes (`nested`), from one statement for the parents asked together.
   */
  loadRelated<T = Row>(list: RelatedList, key: string, window: PageWindow, nested: Prefetch[]): Promise<ConnectionData<T>> {
    if (nested.length === 0 || this.readAhead.has(`${relatedKey(list.queryName, window, list.params)}|${key}`)) {
      return this.related<T>(list.queryName, window, list.params).load(key);
    }
    // Whole, as the named query returns its nodes.
    return this.relatedWith<T>({ list, window, depth: 'whole', nested }).load(key);
  }

  /**
   * A page of a related list for each parent key, with what the selection asks of its nodes, in one
   * statement built for it; the same pages as `related` with the list's named query.
   */
  private relatedWith<T = Row>(prefetch: Prefetch): DataLoader<string, ConnectionData<T>> {
    const { list, window } = prefetch;
    const counts = this.counts(list.queryName, list.params);
    // Selections asking the same share a statement; the JSON of a prefetch leaves out its list's functions.
    return this.memo(`prefetch:${JSON.stringify(prefetch)}`, () =>
      new DataLoader<string, ConnectionData<T>>(async (keys) => {
        const rows = await this.db.readStatement(buildRelatedList(prefetch, keys), this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, row]));
        return keys.map((key) => {
          const page = pageOf<T>(found.get(key), window);
          this.primePrefetched(page.nodes, prefetch.nested);
          return { page, count: () => counts.load(key) };
        });
      }),
    );
  }

  /**
   * Hands the pages a statement read ahead for each node to the loaders that would otherwise read
   * them, and takes them off the node.
   */
  private primePrefetched(nodes: unknown[], prefetches: Prefetch[]): void {
    if (prefetches.length === 0) return;
    for (const node of nodes as Record<string, unknown>[]) {
      const pages = node[PREFETCHED] as unknown[][] | undefined;
      // A node without its pages leaves its lists to be read at their own level, never primed empty.
      if (!Array.isArray(pages)) continue;
      delete node[PREFETCHED];
      const key = String(node.id);
      prefetches.forEach(({ list, window, nested }, i) => {
        const page = pageOf<Row>(pages[i] ? { nodes: pages[i] } : undefined, window);
        this.primePrefetched(page.nodes, nested);
        const counts = this.counts(list.queryName, list.params);
        this.related(list.queryName, window, list.params).prime(key, { page, count: () => counts.load(key) });
        this.readAhead.add(`${relatedKey(list.queryName, window, list.params)}|${key}`);
      });
    }
  }

  /** The size of each parent's related list; parents whose totalCount is selected together share one query. */
  private counts(queryName: string, params: Params): DataLoader<string, number> {
    return this.memo(`${queryName}:count:${JSON.stringify(params)}`, () =>
      new DataLoader<string, number>(async (keys) => {
        const rows = await this.db.read(queryName, { ...params, keys, ...COUNT_ONLY }, this.deadline);
        const found = new Map(rows.map((row) => [row.key as string, Number(row.total ?? 0)]));
        return keys.map((key) => found.get(key) ?? 0);
      }),
    );
  }
}
