import { badUserInput } from '../../errors/badUserInput.js';
import type { ArticleService } from '../article/ArticleService.js';
import type { EntityService } from '../entity/EntityService.js';
import type { FigureService } from '../figure/FigureService.js';
import type { Loaders } from '../loading/Loaders.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { QuoteService } from '../quote/QuoteService.js';
import { luceneQuery } from './luceneQuery.js';
import type { SearchHit } from './SearchHit.js';
import { SearchHitConnection } from './SearchHitConnection.js';
import { SearchKind } from './SearchKind.js';
import { snippetOf } from './snippetOf.js';

export const MAX_SEARCH_TEXT = 200;

interface RankedHit {
  id: string;
  nodeId: string;
  label: SearchKind;
  score: number;
  text: string;
}

export class SearchService {
  constructor(
    private readonly loaders: Loaders,
    private readonly readers: { articles: ArticleService; quotes: QuoteService; figures: FigureService; entities: EntityService },
  ) {}

  async search(text: string, kinds: SearchKind[], window: PageWindow): Promise<SearchHitConnection> {
    if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`search text is limited to ${MAX_SEARCH_TEXT} characters`, { argumentName: 'text' });
    const query = luceneQuery(text);
    if (!query) throw badUserInput('search text needs at least one letter or digit', { argumentName: 'text' });
    const page = await this.loaders.list<RankedHit>('search-text', window, { query, labels: kinds });
    const nodes: SearchHit[] = page.nodes.map((hit) => ({ id: hit.id, nodeId: hit.nodeId, kind: hit.label, score: hit.score, snippet: snippetOf(hit.text, text) }));
    return new SearchHitConnection({ page: { nodes, hasNextPage: page.hasNextPage }, count: async () => page.total });
  }

  /** The node a hit points at, tagged with its GraphQL type for the SearchResult union. */
  async nodeOf(hit: SearchHit): Promise<object | null> {
    const load = {
      [SearchKind.ARTICLE]: () => this.readers.articles.byId(hit.nodeId),
      [SearchKind.QUOTE]: () => this.readers.quotes.byId(hit.nodeId),
      [SearchKind.FIGURE]: () => this.readers.figures.byId(hit.nodeId),
      [SearchKind.PERSON]: () => this.readers.entities.people.byId(hit.nodeId),
      [SearchKind.ORGANIZATION]: () => this.readers.entities.organizations.byId(hit.nodeId),
      [SearchKind.PROGRAM]: () => this.readers.entities.programs.byId(hit.nodeId),
    }[hit.kind];
    const node = await load();
    return node ? { ...node, __typename: hit.kind } : null;
  }
}
