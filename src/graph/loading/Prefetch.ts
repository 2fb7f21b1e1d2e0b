import type { PageWindow } from '../pagination/PageArgs.js';
import type { ProjectionDepth } from '../query/ListProjection.js';
import type { RelatedList } from './RelatedList.js';

/**
 * A related list the selection will ask of each node of a page, read in the page's own statement:
 * the page's nodes then arrive with it, and the list's loader is primed instead of asked.
 */
export interface Prefetch {
  list: RelatedList;
  window: PageWindow;
  /** `own` when the selection asks none of the nodes each node embeds; their resolvers read them if asked after all. */
  depth: ProjectionDepth;
  /** What the selection asks of each node of this list in turn. */
  nested: Prefetch[];
}

/** Where a node carries its prefetched pages until they are handed to the loaders. */
export const PREFETCHED = '__prefetched';

/** The lists a prefetch reads, for a statement's heading: `list-a(list-b, list-c)`. */
export function namesOf(prefetches: Prefetch[]): string {
  return prefetches.map(({ list, nested }) => (nested.length ? `${list.queryName}(${namesOf(nested)})` : list.queryName)).join(', ');
}

/** What decides a statement's text: the lists and which way and from where each window reads, not its values. */
export function shapeOf({ list, window, depth, nested }: Prefetch): unknown {
  return [list.queryName, list.params, window.backward, window.cursor !== null, depth, nested.map(shapeOf)];
}
