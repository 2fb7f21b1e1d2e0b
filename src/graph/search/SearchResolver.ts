import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { SearchHit } from './SearchHit.js';
import { SearchHitConnection } from './SearchHitConnection.js';
import { AnyNode } from '../node/AnyNode.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: 'Full-text search, case-insensitive, typos tolerated: names and aliases, quote text, article titles, figure wording.',
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [GraphLabel], { nullable: true, description: 'Every kind when omitted.' }) kinds: GraphLabel[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<SearchHitConnection> {
    return ctx.search.search(text, kinds ?? Object.values(GraphLabel), pageWindow(page));
  }

  @FieldResolver(() => AnyNode, { nullable: true })
  node(@Root() hit: SearchHit, @Ctx() ctx: GraphContext): Promise<object | null> {
    return ctx.nodes.byLabel(hit.kind, hit.nodeId);
  }
}
