import type { Loaders } from '../loading/Loaders.js';
import { NodeReader } from '../loading/NodeReader.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Article } from './Article.js';
import type { ArticleSort } from './ArticleSort.js';
import { ArticleConnection } from './ArticleConnection.js';

export class ArticleService {
  private readonly reader: NodeReader<Article>;

  constructor(loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-articles');
  }

  byId(id: string): Promise<Article | null> {
    return this.reader.byId(id);
  }

  async list(sort: ArticleSort, window: PageWindow): Promise<ArticleConnection> {
    return new ArticleConnection(await this.reader.list('list-articles', window, { sort }));
  }

  async mentioning(entityId: string, label: string, window: PageWindow): Promise<ArticleConnection> {
    return new ArticleConnection(await this.reader.related('list-entity-articles', entityId, window, { label }));
  }
}
