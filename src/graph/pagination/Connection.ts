import { Field, Int, ObjectType } from 'type-graphql';
import { encodeCursor } from './cursor.js';
import { PageInfo } from './PageInfo.js';

/** One page of rows in key order, fetched with one row more than asked to know whether more follow. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
}

export interface ConnectionData<T> {
  page: Page<T>;
  /** Called only when a client selects totalCount, so a list that must count apart can do so lazily. */
  count: () => Promise<number>;
}

/** Connection data for a page whose query counted the whole list as it went. */
export function countedPage<T>(page: { hasNextPage: boolean; total: number }, nodes: T[]): ConnectionData<T> {
  return { page: { nodes, hasNextPage: page.hasNextPage }, count: async () => page.total };
}

export interface Keyed {
  id: string;
}

interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** A Relay-style connection type; `nodeType` returns the node's class, or an interface's. */
export function Connection<T extends Keyed>(nodeType: () => Function, name: string) {
  const typeOfNode = nodeType;
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(typeOfNode)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    constructor(private readonly data: ConnectionData<T>) {}

    @Field(() => [Edge])
    get edges(): Edge[] {
      return this.data.page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
    }

    @Field(() => [typeOfNode()])
    get nodes(): T[] {
      return this.data.page.nodes;
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfo {
      const last = this.data.page.nodes.at(-1);
      return { hasNextPage: this.data.page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null };
    }

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount(): Promise<number> {
      return this.data.count();
    }
  }
  return ConnectionClass;
}
