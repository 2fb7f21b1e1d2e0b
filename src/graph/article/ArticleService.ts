import type { Loaders } from '../loading/Loaders.js';
import { NodeReader } from '../loading/NodeReader.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Article } from './Article.js';
import type { ArticleSort } from './ArticleSort.js';
import { ArticleConnection } from './ArticleConnection.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { buildList } from '../query/buildList.js';
import { articlePredicate } from './articlePredicate.js';
import { articleRank } from './articleRank.js';
import type { ArticleWhere } from './ArticleWhere.js';

export class ArticleService {
  private readonly reader: NodeReader<Article>;

  constructor(loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-articles');
  }

  byId(id: string): Promise<Article | null> {
    return this.reader.byId(id);
  }

  async list(where: ArticleWhere, sort: ArticleSort, window: PageWindow): Promise<ArticleConnection> {
    const list = buildList({ label: GraphLabel.ARTICLE, where: (article) => articlePredicate(article, where), rank: articleRank(sort) }, window);
    return new ArticleConnection(await this.reader.built(list, window));
  }

  async mentioning(entityId: string, label: string, window: PageWindow): Promise<ArticleConnection> {
    return new ArticleConnection(await this.reader.related('list-entity-articles', entityId, window, { label }));
  }
}
