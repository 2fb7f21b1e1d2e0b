import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './PageInfo.js';

/** One page of a list, in list order, each row with its cursor. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface ConnectionData<T> {
  page: Page<T>;
  /** Called only when a client selects totalCount, so that no other request pays for counting. */
  count: () => Promise<number>;
}

/**
 * The same page with other nodes, one for each row in order (such as the nodes behind the ids a list
 * query returned); a row whose node is gone (null) is dropped with its cursor.
 */
export function withNodes<A, B>(data: ConnectionData<A>, nodes: (B | null)[]): ConnectionData<B> {
  const kept = nodes.flatMap((node, i) => (node === null ? [] : [{ node, cursor: data.page.cursors[i]! }]));
  return {
    page: { ...data.page, nodes: kept.map((row) => row.node), cursors: kept.map((row) => row.cursor) },
    count: data.count,
  };
}

interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** The properties of the relationship behind each edge: their GraphQL type, and how a node's row carries them. */
export interface EdgeProperties<T> {
  type: () => Function;
  of: (node: T) => unknown;
}

/**
 * A Relay-style connection type; `nodeType` returns the node's class, or an interface's. With
 * `properties`, each edge also has the relationship's own properties (`edges { properties { … } }`).
 */
export function Connection<T>(nodeType: () => Function, name: string, properties?: EdgeProperties<T>) {
  const typeOfNode = nodeType;
  class Edge {
    cursor!: string;
    node!: T;
    properties?: unknown;
  }
  Field(() => String)(Edge.prototype, 'cursor');
  Field(typeOfNode)(Edge.prototype, 'node');
  if (properties) Field(properties.type, { description: 'What the relationship behind this edge records.' })(Edge.prototype, 'properties');
  ObjectType(`${name}Edge`)(Edge);

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    constructor(private readonly data: ConnectionData<T>) {}

    @Field(() => [Edge])
    get edges(): Edge[] {
      const { nodes, cursors } = this.data.page;
      return nodes.map((node, i) => ({ cursor: cursors[i]!, node, ...(properties ? { properties: properties.of(node) } : {}) }));
    }

    @Field(() => [typeOfNode()])
    get nodes(): T[] {
      return this.data.page.nodes;
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfo {
      const { cursors, hasNextPage, hasPreviousPage } = this.data.page;
      return { hasNextPage, hasPreviousPage, startCursor: cursors[0] ?? null, endCursor: cursors.at(-1) ?? null };
    }

    @Field(() => Int, { description: 'How many items the whole list holds; counted only when selected.' })
    totalCount(): Promise<number> {
      return this.data.count();
    }
  }
  return ConnectionClass;
}
