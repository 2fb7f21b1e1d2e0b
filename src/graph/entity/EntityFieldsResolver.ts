import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { ArticleConnection } from '../article/ArticleConnection.js';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { QuoteConnection } from '../quote/QuoteConnection.js';
import type { EntityKind } from './EntityKind.js';

/** Fields every entity has: the articles that mention it and the quotes about it. */
export function EntityFieldsResolver<T extends { id: string }>(type: ClassType<T>, label: `${EntityKind}`) {
  @Resolver(() => type)
  abstract class EntityFields {
    @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it.' })
    articles(@Root() entity: T, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<ArticleConnection> {
      return ctx.articles.mentioning(entity.id, label, pageWindow(page));
    }

    @FieldResolver(() => QuoteConnection, { description: 'Quotes about it.' })
    quotesAbout(@Root() entity: T, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<QuoteConnection> {
      return ctx.quotes.about(entity.id, label, pageWindow(page));
    }
  }
  return EntityFields;
}
