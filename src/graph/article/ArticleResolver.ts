import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EntityConnection } from '../entity/EntityConnection.js';
import { ALL_ENTITY_KINDS, EntityKind } from '../entity/EntityKind.js';
import { ArticleFigureConnection } from './ArticleFigureConnection.js';
import type { GraphContext } from '../GraphContext.js';
import { Organization } from '../organization/Organization.js';
import { OrganizationConnection } from '../organization/OrganizationConnection.js';
import { OrganizationKind } from '../organization/OrganizationKind.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { PersonConnection } from '../person/PersonConnection.js';
import { ArticleQuoteConnection } from './ArticleQuoteConnection.js';
import { Article } from './Article.js';
import { ArticleConnection } from './ArticleConnection.js';
import { ArticleSort } from './ArticleSort.js';
import { ArticleWhere } from './ArticleWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.articles.byId(keyOf(id, GraphLabel.ARTICLE));
  }

  @Query(() => ArticleConnection)
  articles(
    @Arg('where', () => ArticleWhere, { nullable: true }) where: ArticleWhere | null,
    @Arg('sort', () => ArticleSort, { defaultValue: ArticleSort.ID }) sort: ArticleSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<ArticleConnection> {
    return ctx.articles.list(where ?? {}, sort, pageWindow(page));
  }

  @FieldResolver(() => Organization, { nullable: true })
  publisher(@Root() article: Article, @Ctx() ctx: GraphContext): Promise<Organization | null> {
    return ctx.organizations.byId(article.publisherId);
  }

  @FieldResolver(() => PersonConnection, { description: 'The byline.' })
  authors(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<PersonConnection> {
    return ctx.people.authorsOf(article.id, pageWindow(page));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Outlets and issuers of the data or documents the article relies on.' })
  sourcesCited(
    @Root() article: Article,
    @Arg('kinds', () => [OrganizationKind], { nullable: true }) kinds: OrganizationKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<OrganizationConnection> {
    return ctx.organizations.citedBy(article.id, kinds ?? null, pageWindow(page));
  }

  @FieldResolver(() => ArticleFigureConnection, { description: 'The figures the article states; each edge has where.' })
  figures(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<ArticleFigureConnection> {
    return ctx.figures.inArticle(article.id, pageWindow(page));
  }

  @FieldResolver(() => ArticleQuoteConnection, { description: 'The quotes the article reports; each edge has where.' })
  quotes(@Root() article: Article, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<ArticleQuoteConnection> {
    return ctx.quotes.inArticle(article.id, pageWindow(page));
  }

  @FieldResolver(() => EntityConnection, { description: 'People, organisations and programs the article mentions.' })
  entities(
    @Root() article: Article,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<EntityConnection> {
    return ctx.entities.mentionedIn(article.id, kinds ?? ALL_ENTITY_KINDS, pageWindow(page));
  }
}
