import { badUserInput } from '../../errors/badUserInput.js';
import type { Loaders } from '../loading/Loaders.js';
import { withNodes } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import { luceneQuery } from './luceneQuery.js';
import type { SearchHit } from './SearchHit.js';
import { SearchHitConnection } from './SearchHitConnection.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import { snippetOf } from './snippetOf.js';

export const MAX_SEARCH_TEXT = 200;

interface RankedHit {
  id: string;
  nodeId: string;
  label: GraphLabel;
  score: number;
  text: string;
}

export class SearchService {
  constructor(private readonly loaders: Loaders) {}

  async search(text: string, kinds: GraphLabel[], window: PageWindow): Promise<SearchHitConnection> {
    if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`search text is limited to ${MAX_SEARCH_TEXT} characters`, { argumentName: 'text' });
    const query = luceneQuery(text);
    if (!query) throw badUserInput('search text needs at least one letter or digit', { argumentName: 'text' });
    const data = await this.loaders.list<RankedHit>('search-text', window, { query, labels: kinds });
    const nodes: SearchHit[] = data.page.nodes.map((hit) => ({ id: hit.id, nodeId: hit.nodeId, kind: hit.label, score: hit.score, snippet: snippetOf(hit.text, text) }));
    return new SearchHitConnection(withNodes(data, nodes));
  }

}
