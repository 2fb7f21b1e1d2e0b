import Cypher from '@neo4j/cypher-builder';
import type { Statement } from '../../neo4j/Database.js';
import type { Prefetch } from './Prefetch.js';
import { prefetchParams, relatedPage } from './withPrefetch.js';

/** Statements by the shape of their selection; a client can vary the shape only within the query limits. */
const built = new Map<string, string>();
const MAX_BUILT = 500;

/** What decides a statement's text: the lists and which way and from where each window reads, not its values. */
function shapeOf({ list, window, nested }: Prefetch): unknown {
  return [list.queryName, list.params, window.backward, window.cursor !== null, nested.map(shapeOf)];
}

function build(prefetch: Prefetch): string {
  const key = new Cypher.Variable();
  const parent = new Cypher.Node();
  const page = relatedPage(parent, prefetch, '_0');
  return Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.NamedParam('keys'), key]),
    new Cypher.Match(new Cypher.Pattern(parent, { labels: [prefetch.list.parentLabel], properties: { id: key } })),
    new Cypher.Call(page.subquery, [parent]),
    new Cypher.Return([key, 'key'], [page.nodes, 'nodes']),
  ).build().cypher;
}

/**
 * The page of a related list for each parent key, with what the selection asks of its nodes, as one
 * statement. Returns `key, nodes` as the list's named query does (its count stays with that query).
 */
export function buildRelatedList(prefetch: Prefetch, keys: readonly string[]): Statement {
  const shape = JSON.stringify(shapeOf(prefetch));
  let cypher = built.get(shape);
  if (cypher === undefined) {
    if (built.size >= MAX_BUILT) built.clear();
    cypher = build(prefetch);
    built.set(shape, cypher);
  }
  return { cypher, params: { keys: [...keys], ...prefetchParams([prefetch]) } };
}
