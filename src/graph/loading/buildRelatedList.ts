import Cypher from '@neo4j/cypher-builder';
import type { Statement } from '../../neo4j/Database.js';
import { cachedCypher } from './cachedCypher.js';
import { namesOf, shapeOf, type Prefetch } from './Prefetch.js';
import { prefetchParams, relatedPage } from './withPrefetch.js';

/**
 * The page of a related list for each parent key, with what the selection asks of its nodes, as one
 * statement. Returns `key, nodes` as the list's named query does (its count stays with that query).
 */
export function buildRelatedList(prefetch: Prefetch, keys: readonly string[]): Statement {
  const cypher = cachedCypher(['related', shapeOf(prefetch)], () => {
    const key = new Cypher.Variable();
    const parent = new Cypher.Node();
    const page = relatedPage(parent, prefetch, '_0');
    const heading = `// list-read-ahead: ${namesOf([prefetch])}\n`;
    return heading + Cypher.utils.concat(
      new Cypher.Unwind([new Cypher.NamedParam('keys'), key]),
      new Cypher.Match(new Cypher.Pattern(parent, { labels: [prefetch.list.parentLabel], properties: { id: key } })),
      new Cypher.Call(page.subquery, [parent]),
      new Cypher.Return([key, 'key'], [page.nodes, 'nodes']),
    ).build().cypher;
  });
  return { cypher, params: { keys: [...keys], ...prefetchParams([prefetch]) } };
}
