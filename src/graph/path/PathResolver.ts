import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/Article.js';
import { TextSpan } from '../article/TextSpan.js';
import type { GraphContext } from '../GraphContext.js';
import { AnyNode } from '../node/AnyNode.js';
import { pageWindow } from '../pagination/PageArgs.js';
import { EntityKeyInput } from './EntityKeyInput.js';
import { GraphPath } from './GraphPath.js';
import { ARTICLES_PER_STEP, MAX_HOPS } from './PathService.js';
import { PathStep } from './PathStep.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import { keyOf } from '../node/globalId.js';

@Resolver(() => PathStep)
export class PathResolver {
  @Query(() => [GraphPath], { description: `The shortest paths between two entities, at most ${MAX_HOPS} steps, each step with its evidence.` })
  connections(
    @Arg('from', () => EntityKeyInput) from: EntityKeyInput,
    @Arg('to', () => EntityKeyInput) to: EntityKeyInput,
    @Arg('maxHops', () => Int, { defaultValue: MAX_HOPS }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many paths, up to 100.' }) first: number,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphPath[]> {
    // Entity kinds are graph labels, so a global id names its kind as well.
    const byKey = (end: EntityKeyInput) => ({ kind: end.kind, id: keyOf(end.id, end.kind as unknown as GraphLabel) });
    return ctx.paths.shortest(byKey(from), byKey(to), maxHops, pageWindow({ first }).limit);
  }

  @FieldResolver(() => AnyNode, { nullable: true })
  from(@Root() step: PathStep, @Ctx() ctx: GraphContext): Promise<object | null> {
    return ctx.nodes.byLabel(step.from.label, step.from.id);
  }

  @FieldResolver(() => AnyNode, { nullable: true })
  to(@Root() step: PathStep, @Ctx() ctx: GraphContext): Promise<object | null> {
    return ctx.nodes.byLabel(step.to.label, step.to.id);
  }

  @FieldResolver(() => [Article], { description: `The articles this step rests on (of a PART_OF or RUN_BY step, the first ${ARTICLES_PER_STEP} by key).` })
  async articles(@Root() step: PathStep, @Ctx() ctx: GraphContext): Promise<Article[]> {
    return (await Promise.all(step.articleIds.map((id) => ctx.articles.byId(id)))).filter((article): article is Article => article !== null);
  }

  @FieldResolver(() => TextSpan, { nullable: true, description: 'Where the article states it, for a fact reported in an article.' })
  span(@Root() step: PathStep): TextSpan | null {
    return step.span;
  }
}
