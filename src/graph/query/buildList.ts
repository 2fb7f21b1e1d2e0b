import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import type { BuiltList } from '../loading/Loaders.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Predicate } from './scalarPredicates.js';
import { allOf } from './scalarPredicates.js';

/** What a list is sorted by before its key: an expression of the row's node, in one direction. */
export interface ListRank {
  expression: (node: Cypher.Node) => Cypher.Expr;
  descending: boolean;
}

export interface ListShape {
  label: GraphLabel;
  /** The filters, compiled for the node; undefined for every node of the label. */
  where: (node: Cypher.Node) => Predicate | undefined;
  /** Null: sorted by key alone, which the key's uniqueness constraint index serves in order. */
  rank: ListRank | null;
}

/**
 * The page and count statements of a root list. The page is keyset-paginated: it starts after (or,
 * backward, ends before) the cursor's rank and key and reads `limit + 1` rows in the direction of
 * travel, so no earlier row is read or skipped and inserts elsewhere do not shift it.
 */
export function buildList(shape: ListShape, window: PageWindow): BuiltList {
  const node = new Cypher.Node();
  const match = () => new Cypher.Match(new Cypher.Pattern(node, { labels: [shape.label] }));
  const key = node.property('id');
  const limit = new Cypher.Param(neo4j.int(window.limit + 1));
  const keyOrder = window.backward ? 'DESC' : 'ASC';
  const keyAfter = (cursorKey: string) => (window.backward ? Cypher.lt : Cypher.gt)(key, new Cypher.Param(cursorKey));

  const filtered = shape.where(node);
  const count = Cypher.utils.concat(filtered ? match().where(filtered) : match(), new Cypher.Return([Cypher.count(node), 'total']));

  let page: Cypher.Clause;
  if (shape.rank === null) {
    const where = allOf([filtered, window.cursor ? keyAfter(window.cursor.key) : undefined]);
    const item = new Cypher.Variable();
    page = Cypher.utils.concat(
      where ? match().where(where) : match(),
      new Cypher.With([key, item]).orderBy([item, keyOrder]).limit(limit),
      new Cypher.Return([Cypher.collect(item), 'nodes']),
    );
  } else {
    const item = new Cypher.Variable();
    const rank = new Cypher.Variable();
    // Descending ranks read forward go down; reading backward flips both the rank and the key.
    const rankDown = shape.rank.descending !== window.backward;
    const ranked = new Cypher.With([key, item], [shape.rank.expression(node), rank]);
    if (window.cursor) {
      const cursorRank = new Cypher.Param(window.cursor.rank);
      ranked.where(
        Cypher.or(
          (rankDown ? Cypher.lt : Cypher.gt)(rank, cursorRank),
          Cypher.and(Cypher.eq(rank, cursorRank), (window.backward ? Cypher.lt : Cypher.gt)(item, new Cypher.Param(window.cursor.key))),
        ),
      );
    }
    page = Cypher.utils.concat(
      filtered ? match().where(filtered) : match(),
      ranked,
      new Cypher.With(item, rank).orderBy([rank, rankDown ? 'DESC' : 'ASC'], [item, keyOrder]).limit(limit),
      new Cypher.Return([Cypher.collect(item), 'nodes'], [Cypher.collect(rank), 'ranks']),
    );
  }
  return { page: page.build(), count: count.build() };
}
