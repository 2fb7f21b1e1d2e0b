import { FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import { toGlobalId } from './globalId.js';
import type { GraphLabel } from './GraphLabel.js';

/** The global `id` of one node type, computed from its label and key. */
export function NodeIdResolver<T extends { id: string }>(type: ClassType<T>, label: GraphLabel) {
  @Resolver(() => type)
  class NodeId {
    @FieldResolver(() => ID, { name: 'id', description: 'Opaque global id, unique across all types.' })
    globalId(@Root() node: T): string {
      return toGlobalId(label, node.id);
    }
  }
  return NodeId;
}
