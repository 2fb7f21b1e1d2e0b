import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { Params } from '../../neo4j/Database.js';
import type { ListProjection } from '../query/ListProjection.js';
import { PREFETCHED, type Prefetch } from './Prefetch.js';

// A prefetch's window travels in parameters named after its place in the tree (`_0`, `_0_1`, ...),
// so that the statement's text depends on the selection's shape alone and can be built once.
const limitParam = (path: string) => `prefetchLimit${path}`;
const cursorParam = (path: string) => `prefetchCursor${path}`;

/** The parameters of the prefetches' windows, for a statement built with them at `path`. */
export function prefetchParams(prefetches: Prefetch[], path = ''): Params {
  return Object.assign(
    {},
    ...prefetches.map(({ window, nested }, i) => ({
      [limitParam(`${path}_${i}`)]: neo4j.int(window.limit + 1),
      [cursorParam(`${path}_${i}`)]: window.cursor?.key ?? null,
      ...prefetchParams(nested, `${path}_${i}`),
    })),
  );
}

/**
 * A page of a related list of `parent`, ordered by key, as a subquery yielding `nodes`: each node
 * projected as the list projects it, carrying what the selection asks of it in turn.
 */
export function relatedPage(parent: Cypher.Node, prefetch: Prefetch, path: string): { subquery: Cypher.Clause; nodes: Cypher.Variable } {
  const { list, window } = prefetch;
  const child = new Cypher.Node();
  const key = child.property('id');
  const match = new Cypher.Match(list.pattern(parent, child));
  if (window.cursor) match.where((window.backward ? Cypher.lt : Cypher.gt)(key, new Cypher.NamedParam(cursorParam(path))));
  const projection = nestedProjection((node) => list.project(node, prefetch.depth), prefetch.nested, path)(child);
  const nodes = new Cypher.Variable();
  const subquery = Cypher.utils.concat(
    match,
    new Cypher.With(child).distinct().orderBy([key, window.backward ? 'DESC' : 'ASC']).limit(new Cypher.NamedParam(limitParam(path))),
    new Cypher.Call(projection.subquery, [child]),
    new Cypher.Return([Cypher.collect(projection.node), nodes]),
  );
  return { subquery, nodes };
}

function nestedProjection(project: (node: Cypher.Node) => ListProjection, prefetches: Prefetch[], path: string): (node: Cypher.Node) => ListProjection {
  if (prefetches.length === 0) return project;
  return (node) => {
    const own = project(node);
    const pages = prefetches.map((prefetch, i) => relatedPage(node, prefetch, `${path}_${i}`));
    const carried = new Cypher.Variable();
    const subquery = Cypher.utils.concat(
      new Cypher.Call(own.subquery, [node]),
      ...pages.map((page) => new Cypher.Call(page.subquery, [node])),
      new Cypher.Return([new Cypher.MapProjection(own.node, '*', { [PREFETCHED]: new Cypher.List(pages.map((page) => page.nodes)) }), carried]),
    );
    return { subquery, node: carried };
  };
}

/** A projection whose nodes also carry, under PREFETCHED, the pages `prefetches` ask of each. */
export function withPrefetch(project: (node: Cypher.Node) => ListProjection, prefetches: Prefetch[]): (node: Cypher.Node) => ListProjection {
  if (prefetches.length === 0) return project;
  return (node) => ({ ...nestedProjection(project, prefetches, '')(node), params: prefetchParams(prefetches) });
}
