import type DataLoader from 'dataloader';
import type { Params } from '../../neo4j/Database.js';
import { countedPage, type ConnectionData, type Keyed } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Loaders, RelatedPage } from './Loaders.js';

function present<T>(value: T | null | Error): value is T {
  return value !== null && !(value instanceof Error);
}

/** Reads one label's nodes by id, and lists of them by the ids a list query pages through. */
export class NodeReader<T extends Keyed> {
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

  async byIds(ids: string[]): Promise<T[]> {
    return (await this.nodes.loadMany(ids)).filter(present);
  }

  async fromPage(page: RelatedPage<string>): Promise<ConnectionData<T>> {
    return countedPage(page, await this.byIds(page.nodes));
  }

  /** A root list: the query takes `$after, $limit` plus filters and returns `total, nodes`. */
  async list(queryName: string, window: PageWindow, params: Params): Promise<ConnectionData<T>> {
    return this.fromPage(await this.loaders.list(queryName, window, params));
  }

  /** A page of the nodes related to one parent; parents asked for together share one query. */
  async related(queryName: string, key: string, window: PageWindow, params: Params = {}): Promise<ConnectionData<T>> {
    return this.fromPage(await this.loaders.related<string>(queryName, window, params).load(key));
  }
}
