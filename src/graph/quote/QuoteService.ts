import type { Loaders } from '../loading/Loaders.js';
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

export class QuoteService {
  private readonly reader: NodeReader<Quote>;

  constructor(loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-quotes');
  }

  byId(id: string): Promise<Quote | null> {
    return this.reader.byId(id);
  }

  async list(where: QuoteWhere, window: PageWindow): Promise<QuoteConnection> {
    const list = buildList({ label: GraphLabel.QUOTE, where: (quote) => quotePredicate(quote, where), rank: null, project: quoteProjection }, window);
    return new QuoteConnection(await this.reader.built(list, window));
  }

  async inArticle(articleId: string, window: PageWindow): Promise<ArticleQuoteConnection> {
    return new ArticleQuoteConnection(await this.reader.related('list-article-quotes', articleId, window));
  }

  async saidBy(speakerId: string, label: string, window: PageWindow): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.related('list-speaker-quotes', speakerId, window, { label }));
  }

  async about(entityId: string, label: string, window: PageWindow): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.related('list-entity-quotes-about', entityId, window, { label }));
  }

  async aboutFigure(figureId: string, affiliationKinds: OrganizationKind[] | null, window: PageWindow): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.related('list-figure-quotes', figureId, window, { affiliationKinds }));
  }
}
