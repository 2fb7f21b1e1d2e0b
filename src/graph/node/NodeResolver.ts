import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { fromGlobalId } from './globalId.js';
import { Node } from './Node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when it does not exist or the id is not a global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<object | null> {
    const global = fromGlobalId(id);
    return global ? ctx.nodes.byLabel(global.label, global.key) : Promise.resolve(null);
  }
}
