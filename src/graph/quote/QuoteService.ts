import type { Article } from '../article/Article.js';
import type { Loaders } from '../loading/Loaders.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import { NodeReader } from '../loading/NodeReader.js';
import type { OrganizationKind } from '../organization/OrganizationKind.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Quote } from './Quote.js';
import { QuoteConnection } from './QuoteConnection.js';
import { ArticleQuoteConnection } from '../article/ArticleQuoteConnection.js';
import { buildList } from '../query/buildList.js';
import { quotePredicate } from './quotePredicate.js';
import { quoteProjection } from './quoteProjection.js';
import type { QuoteWhere } from './QuoteWhere.js';
import { GraphLabel } from '../node/GraphLabel.js';
import type { Prefetch } from '../loading/Prefetch.js';
import { withPrefetch } from '../loading/withPrefetch.js';
import { figureQuotes } from './figureQuotes.js';
import { speakerQuotes } from './speakerQuotes.js';

export class QuoteService {
  private readonly reader: NodeReader<Quote>;

  constructor(loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-quotes', { label: GraphLabel.QUOTE, project: quoteProjection }, (quote) => quote.article !== undefined);
  }

  byId(id: string, nested: Prefetch[] = []): Promise<Quote | null> {
    return this.reader.byId(id, nested);
  }

  /** The article that reports the quote; a quote read without it is read again, whole. */
  articleOf(quote: Quote): Promise<Article | null> {
    return this.reader.embedded(quote, 'article');
  }

  /** The speaker of the quote; a quote read without it is read again, whole. */
  speakerOf(quote: Quote): Promise<Person | Organization | null> {
    return this.reader.embedded(quote, 'speaker');
  }

  async list(where: QuoteWhere, window: PageWindow, nested: Prefetch[] = []): Promise<QuoteConnection> {
    const project = withPrefetch(quoteProjection, nested);
    const list = buildList({ label: GraphLabel.QUOTE, where: (quote) => quotePredicate(quote, where), rank: null, project }, window);
    return new QuoteConnection(await this.reader.built(list, window, nested));
  }

  async inArticle(articleId: string, window: PageWindow): Promise<ArticleQuoteConnection> {
    return new ArticleQuoteConnection(await this.reader.related('list-article-quotes', articleId, window));
  }

  async saidBy(speakerId: string, label: 'Person' | 'Organization', window: PageWindow, nested: Prefetch[] = []): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.relatedList(speakerQuotes(label), speakerId, window, nested));
  }

  async about(entityId: string, label: string, window: PageWindow): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.related('list-entity-quotes-about', entityId, window, { label }));
  }

  async aboutFigure(figureId: string, affiliationKinds: OrganizationKind[] | null, window: PageWindow, nested: Prefetch[] = []): Promise<QuoteConnection> {
    if (affiliationKinds === null) return new QuoteConnection(await this.reader.relatedList(figureQuotes, figureId, window, nested));
    return new QuoteConnection(await this.reader.related('list-figure-quotes', figureId, window, { affiliationKinds }));
  }
}
