import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { prefetchesOf } from '../prefetchesOf.js';
import { Article } from '../article/Article.js';
import { TextSpan } from '../article/TextSpan.js';
import { EntityConnection } from '../entity/EntityConnection.js';
import { ALL_ENTITY_KINDS, EntityKind } from '../entity/EntityKind.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import { Speaker } from '../entity/Speaker.js';
import { FigureConnection } from '../figure/FigureConnection.js';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { Quote } from './Quote.js';
import { QuoteConnection } from './QuoteConnection.js';
import { QuoteFilter } from './QuoteFilter.js';
import { quoteWhereOfFilter } from './quoteWhereOfFilter.js';
import { QuoteWhere } from './QuoteWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true })
  quote(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<Quote | null> {
    return ctx.quotes.byId(keyOf(id, GraphLabel.QUOTE), prefetchesOf(info));
  }

  @Query(() => QuoteConnection)
  quotes(
    @Arg('filter', () => QuoteFilter, { nullable: true, description: 'Shorthand for common conditions; combined with `where`.' }) filter: QuoteFilter | null,
    @Arg('where', () => QuoteWhere, { nullable: true }) where: QuoteWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuoteConnection> {
    return ctx.quotes.list({ AND: [quoteWhereOfFilter(filter ?? {}), where ?? {}] }, pageWindow(page), prefetchesOf(info));
  }

  @FieldResolver(() => Article, { description: 'The article that reports the quote.' })
  article(@Root() quote: Quote, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.quotes.articleOf(quote);
  }

  @FieldResolver(() => TextSpan, { description: 'Where the article reports it, from the first quoted word to the last.' })
  span(@Root() quote: Quote): TextSpan {
    return { start: quote.start, end: quote.end };
  }

  @FieldResolver(() => Speaker, { nullable: true })
  speaker(@Root() quote: Quote, @Ctx() ctx: GraphContext): Promise<Person | Organization | null> {
    return ctx.quotes.speakerOf(quote);
  }

  @FieldResolver(() => FigureConnection, { description: 'Figures the quote is about.' })
  aboutFigures(@Root() quote: Quote, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<FigureConnection> {
    return ctx.figures.aboutQuote(quote.id, pageWindow(page), prefetchesOf(info));
  }

  @FieldResolver(() => EntityConnection, { description: 'People, organisations and programs the quote is about.' })
  aboutEntities(
    @Root() quote: Quote,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<EntityConnection> {
    return ctx.entities.subjectsOf(quote.id, kinds ?? ALL_ENTITY_KINDS, pageWindow(page));
  }
}
