import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { prefetchesOf } from '../prefetchesOf.js';
import { Article } from '../article/Article.js';
import { TextSpan } from '../article/TextSpan.js';
import { Speaker } from '../entity/Speaker.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import type { GraphContext } from '../GraphContext.js';
import { OrganizationKind } from '../organization/OrganizationKind.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { QuoteConnection } from '../quote/QuoteConnection.js';
import { Figure } from './Figure.js';
import { FigureChange } from './FigureChange.js';
import { FigureConnection } from './FigureConnection.js';
import { FigureFilter } from './FigureFilter.js';
import { FigureLinkConnection } from './FigureLinkConnection.js';
import { FigureRelation } from './FigureRelation.js';
import { FigureSort } from './FigureSort.js';
import { figureWhereOfFilter } from './figureWhereOfFilter.js';
import { FigureWhere } from './FigureWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Figure)
export class FigureResolver {
  @Query(() => Figure, { nullable: true })
  figure(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<Figure | null> {
    return ctx.figures.byId(keyOf(id, GraphLabel.FIGURE), prefetchesOf(info));
  }

  @Query(() => FigureConnection)
  figures(
    @Arg('filter', () => FigureFilter, { nullable: true, description: 'Shorthand for common conditions; combined with `where`.' }) filter: FigureFilter | null,
    @Arg('where', () => FigureWhere, { nullable: true }) where: FigureWhere | null,
    @Arg('sort', () => FigureSort, { defaultValue: FigureSort.ID }) sort: FigureSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FigureConnection> {
    return ctx.figures.list({ AND: [figureWhereOfFilter(filter ?? {}), where ?? {}] }, sort, pageWindow(page), prefetchesOf(info));
  }

  @Query(() => FigureConnection, {
    description: 'Every figure reported for a measure, in period order; a quantity restated elsewhere appears once, as its most precise statement.',
  })
  timeline(
    @Arg('measure', () => String) measure: string,
    @Arg('scope', () => String, { nullable: true, description: 'e.g. "nationwide"; every scope when omitted.' }) scope: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<FigureConnection> {
    return ctx.figures.timeline(measure, scope ?? null, pageWindow(page));
  }

  @Query(() => FigureChange, {
    description: 'The change from one figure to another of the same unit, each picked out by a filter that must match exactly one figure.',
  })
  change(
    @Arg('from', () => FigureFilter) from: FigureFilter,
    @Arg('to', () => FigureFilter) to: FigureFilter,
    @Ctx() ctx: GraphContext,
  ): Promise<FigureChange> {
    return ctx.figures.change(from, to);
  }

  @FieldResolver(() => Article, { description: 'The article that states the figure.' })
  article(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.figures.articleOf(figure);
  }

  @FieldResolver(() => TextSpan, { description: 'Where the article states the number.' })
  span(@Root() figure: Figure): TextSpan {
    return { start: figure.start, end: figure.end };
  }

  @FieldResolver(() => Speaker, { nullable: true, description: 'Who the article attributes the figure to.' })
  source(@Root() figure: Figure, @Ctx() ctx: GraphContext): Promise<Person | Organization | null> {
    return ctx.figures.sourceOf(figure);
  }

  @FieldResolver(() => QuoteConnection, { description: 'Quotes about this figure.' })
  quotes(
    @Root() figure: Figure,
    @Arg('speakerAffiliation', () => [OrganizationKind], {
      nullable: true,
      description: 'Only speakers that are, or hold a position at, an organisation of one of these kinds.',
    })
    affiliation: OrganizationKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuoteConnection> {
    return ctx.quotes.aboutFigure(figure.id, affiliation ?? null, pageWindow(page), prefetchesOf(info));
  }

  @FieldResolver(() => FigureLinkConnection, {
    description: "Figures recorded as the same quantity, close but different, conflicting, or stating it in the same words; a figure that restates another's words shares that first statement's links.",
  })
  links(
    @Root() figure: Figure,
    @Arg('relations', () => [FigureRelation], { nullable: true }) relations: FigureRelation[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<FigureLinkConnection> {
    return ctx.figures.links(figure.id, relations ?? Object.values(FigureRelation), pageWindow(page));
  }
}
