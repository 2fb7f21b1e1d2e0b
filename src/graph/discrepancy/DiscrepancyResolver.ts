import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Figure } from '../figure/Figure.js';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { Discrepancy } from './Discrepancy.js';
import { DiscrepancyConnection } from './DiscrepancyConnection.js';
import { DiscrepancyFilter } from './DiscrepancyFilter.js';

@Resolver(() => Discrepancy)
export class DiscrepancyResolver {
  @Query(() => DiscrepancyConnection, { description: 'Pairs of figures that conflict or are close but different, across and within articles.' })
  discrepancies(
    @Arg('filter', () => DiscrepancyFilter, { nullable: true }) filter: DiscrepancyFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<DiscrepancyConnection> {
    return ctx.discrepancies.list(filter ?? {}, pageWindow(page));
  }

  @FieldResolver(() => Figure, { description: 'The figure under question: a claim checked against the other figure.' })
  claim(@Root() discrepancy: Discrepancy, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.figures.byId(discrepancy.claimId);
  }

  @FieldResolver(() => Figure)
  other(@Root() discrepancy: Discrepancy, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.figures.byId(discrepancy.otherId);
  }
}
