import type DataLoader from 'dataloader';
import type { Params } from '../../neo4j/Database.js';
import { withNodes, type ConnectionData } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { BuiltList, Loaders } from './Loaders.js';

/** Reads one label's nodes by id, and lists of them by the ids a list query pages through. */
export class NodeReader<T> {
  constructor(
    protected readonly loaders: Loaders,
    private readonly getQuery: string,
  ) {}

  private get nodes(): DataLoader<string, T | null> {
    return this.loaders.byKey<T>(this.getQuery);
  }

  byId(id: string): Promise<T | null> {
    return this.nodes.load(id);
  }

  async fromIds(data: ConnectionData<string>): Promise<ConnectionData<T>> {
    const nodes = await this.nodes.loadMany(data.page.nodes);
    const failure = nodes.find((node) => node instanceof Error);
    if (failure) throw failure;
    return withNodes(data, nodes as (T | null)[]);
  }

  /** A root list from a named query that pages through ids. */
  async list(queryName: string, window: PageWindow, params: Params): Promise<ConnectionData<T>> {
    return this.fromIds(await this.loaders.list(queryName, window, params));
  }

  /** A root list from statements built for its arguments. */
  async built(list: BuiltList, window: PageWindow): Promise<ConnectionData<T>> {
    return this.fromIds(await this.loaders.built(list, window));
  }

  /** A page of the nodes related to one parent; parents asked for together share one query. */
  async related(queryName: string, key: string, window: PageWindow, params: Params = {}): Promise<ConnectionData<T>> {
    return this.fromIds(await this.loaders.related<string>(queryName, window, params).load(key));
  }
}
