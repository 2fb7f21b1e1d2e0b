import type DataLoader from 'dataloader';
import type { Params } from '../../neo4j/Database.js';
import { withNodes, type ConnectionData } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { BuiltList, Loaders } from './Loaders.js';
import type { NodeShape } from './NodeShape.js';
import type { Prefetch } from './Prefetch.js';
import type { RelatedList } from './RelatedList.js';

/** Reads one label's nodes by id, and lists of them by the ids, or the nodes, a list query pages through. */
export class NodeReader<T extends { id: string }> {
  constructor(
    protected readonly loaders: Loaders,
    private readonly getQuery: string,
    /** The get- query's answer as a statement builder reads it, so that a node can come with lists read ahead. */
    private readonly shape?: NodeShape,
    /** Whether a node a list read is whole, as the get- query returns it, rather than its own part only. */
    private readonly isWhole: (node: T) => boolean = () => true,
  ) {}

  private get nodes(): DataLoader<string, T | null> {
    return this.loaders.byKey<T>(this.getQuery);
  }

  /** One node; with `nested`, the pages the selection will ask of it are read in the same statement. */
  async byId(id: string, nested: Prefetch[] = []): Promise<T | null> {
    if (nested.length === 0 || !this.shape) return this.nodes.load(id);
    const node = await this.loaders.nodesWith<T>(this.shape, nested).load(id);
    // Kept for later lookups of the same node in the request, as a page's nodes are.
    if (node) this.nodes.prime(id, node);
    return node;
  }

  /**
   * A node the get- query embeds in `node` (its article, speaker, source): from the node if it was
   * read whole, otherwise from the node read again, whole, with the others asked together.
   */
  async embedded<K extends keyof T>(node: T, key: K): Promise<NonNullable<T[K]> | null> {
    const whole = this.isWhole(node) ? node : await this.nodes.load(node.id);
    return whole?.[key] ?? null;
  }

  /**
   * The nodes of a page whose rows are ids (read in one batch) or already the nodes (kept for later
   * lookups when whole).
   */
  async fromRows(data: ConnectionData<string | T>): Promise<ConnectionData<T>> {
    const rows = data.page.nodes;
    if (rows.every((row): row is T => typeof row !== 'string')) {
      for (const node of rows) if (this.isWhole(node)) this.nodes.prime(node.id, node);
      return data as ConnectionData<T>;
    }
    const nodes = await this.nodes.loadMany(rows as string[]);
    const failure = nodes.find((node) => node instanceof Error);
    if (failure) throw failure;
    return withNodes(data, nodes as (T | null)[]);
  }

  /** A root list from a named query that pages through ids. */
  async list(queryName: string, window: PageWindow, params: Params): Promise<ConnectionData<T>> {
    return this.fromRows(await this.loaders.list<string | T>(queryName, window, params));
  }

  /** A root list from statements built for its arguments, its nodes carrying the pages `prefetches` read ahead. */
  async built(list: BuiltList, window: PageWindow, prefetches: Prefetch[] = []): Promise<ConnectionData<T>> {
    return this.fromRows(await this.loaders.built(list, window, prefetches));
  }

  /**
   * A page of a related list of one parent; parents asked for together share one query. When the
   * selection asks more of its nodes (`nested`), that is read in the same statement.
   */
  async relatedList(list: RelatedList, key: string, window: PageWindow, nested: Prefetch[]): Promise<ConnectionData<T>> {
    return this.fromRows(await this.loaders.loadRelated<string | T>(list, key, window, nested));
  }

  /** A page of the nodes related to one parent; parents asked for together share one query. */
  async related(queryName: string, key: string, window: PageWindow, params: Params = {}): Promise<ConnectionData<T>> {
    return this.fromRows(await this.loaders.related<string | T>(queryName, window, params).load(key));
  }
}
