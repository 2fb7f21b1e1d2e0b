import type { ArticleService } from '../article/ArticleService.js';
import type { EntityService } from '../entity/EntityService.js';
import type { FigureService } from '../figure/FigureService.js';
import type { QuoteService } from '../quote/QuoteService.js';
import { GraphLabel } from './GraphLabel.js';

/** Loads a node given its label and id, tagged with its GraphQL type for the AnyNode union. */
export class NodeService {
  constructor(private readonly readers: { articles: ArticleService; quotes: QuoteService; figures: FigureService; entities: EntityService }) {}

  async byLabel(label: GraphLabel, id: string): Promise<object | null> {
    const load = {
      [GraphLabel.ARTICLE]: () => this.readers.articles.byId(id),
      [GraphLabel.QUOTE]: () => this.readers.quotes.byId(id),
      [GraphLabel.FIGURE]: () => this.readers.figures.byId(id),
      [GraphLabel.PERSON]: () => this.readers.entities.people.byId(id),
      [GraphLabel.ORGANIZATION]: () => this.readers.entities.organizations.byId(id),
      [GraphLabel.PROGRAM]: () => this.readers.entities.programs.byId(id),
    }[label];
    const node = await load();
    return node ? { ...node, __typename: label } : null;
  }
}
