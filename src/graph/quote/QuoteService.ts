import type { Loaders } from '../loading/Loaders.js';
import { NodeReader } from '../loading/NodeReader.js';
import type { OrganizationKind } from '../organization/OrganizationKind.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Quote } from './Quote.js';
import { QuoteConnection } from './QuoteConnection.js';
import type { QuoteFilter } from './QuoteFilter.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

export class QuoteService {
  private readonly reader: NodeReader<Quote>;

  constructor(loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-quotes');
  }

  byId(id: string): Promise<Quote | null> {
    return this.reader.byId(id);
  }

  async list(filter: QuoteFilter, window: PageWindow): Promise<QuoteConnection> {
    const params = {
      speakerId: filter.speakerId ? keyOf(filter.speakerId, GraphLabel.PERSON, GraphLabel.ORGANIZATION) : null,
      articleId: filter.articleId ? keyOf(filter.articleId, GraphLabel.ARTICLE) : null,
      direct: filter.direct ?? null,
      textContains: filter.textContains ?? null,
    };
    return new QuoteConnection(await this.reader.list('list-quotes', window, params));
  }

  async inArticle(articleId: string, window: PageWindow): Promise<QuoteConnection> {
    return new QuoteConnection(await this.reader.related('list-article-quotes', articleId, window));
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
