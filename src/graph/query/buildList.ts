import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { badUserInput } from '../../errors/badUserInput.js';
import type { BuiltList } from '../loading/Loaders.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { ListProjection } from './ListProjection.js';
import type { Predicate } from './scalarPredicates.js';
import { allOf } from './scalarPredicates.js';

/** What a list is sorted by before its key: an expression of the row's node, in one direction. */
export interface ListRank {
  expression: (node: Cypher.Node) => Cypher.Expr;
  descending: boolean;
  /**
   * Properties the list holds to one value each, with that value, for a rank that is a property never
   * null. The page orders by them before the rank, which changes no row's place, so that a composite
   * index on these properties and the rank reads rows in order and stops after the page: the planner
   * takes that plan only when ORDER BY names the index's leading properties.
   */
  pinned?: (node: Cypher.Node) => [Cypher.Property, Cypher.Expr][];
}

export interface ListShape {
  label: GraphLabel;
  /** The filters, compiled for the node; undefined for every node of the label. */
  where: (node: Cypher.Node) => Predicate | undefined;
  /** Null: sorted by key alone, which the key's uniqueness constraint index serves in order. */
  rank: ListRank | null;
  /**
   * With `rank` null: properties the conditions hold to one value each. The page orders by them before
   * the key, which changes no row's place, so that a composite index on them and the key reads rows in
   * order and stops after the page instead of sorting every match.
   */
  keyPinned?: (node: Cypher.Node) => Cypher.Property[];
  /** Given, the page returns its nodes whole (as the label's get- query does) instead of their keys. */
  project?: (node: Cypher.Node) => ListProjection;
}

/**
 * The page and count statements of a root list. The page is keyset-paginated: it starts after (or,
 * backward, ends before) the cursor's rank and key and reads `limit + 1` rows in the direction of
 * travel, so no earlier row is read or skipped and inserts elsewhere do not shift it.
 */
export function buildList(shape: ListShape, window: PageWindow): BuiltList {
  if (window.cursor && (window.cursor.rank === null) !== (shape.rank === null)) {
    const argumentName = window.backward ? 'before' : 'after';
    throw badUserInput(`\`${argumentName}\` is a cursor of this list in another order; use the sort it was returned with`, { argumentName });
  }
  const node = new Cypher.Node();
  const match = () => new Cypher.Match(new Cypher.Pattern(node, { labels: [shape.label] }));
  const key = node.property('id');
  const limit = new Cypher.Param(neo4j.int(window.limit + 1));
  const keyOrder = window.backward ? 'DESC' : 'ASC';
  const keyAfter = (cursorKey: string) => (window.backward ? Cypher.lt : Cypher.gt)(key, new Cypher.Param(cursorKey));

  const filtered = shape.where(node);
  const count = Cypher.utils.concat(filtered ? match().where(filtered) : match(), new Cypher.Return([Cypher.count(node), 'total']));

  // The page's rows: the node itself when it is projected whole, else its key.
  const projection = shape.project?.(node);
  const row = (ordered: Cypher.With) =>
    projection ? [ordered, new Cypher.Call(projection.subquery, [node])] : [ordered];
  const item = projection ? projection.node : new Cypher.Variable();

  let page: Cypher.Clause;
  if (shape.rank === null) {
    const pinned = shape.keyPinned?.(node) ?? [];
    // A condition on every property of the composite index, for the planner to seek it; the key is never null.
    const where = allOf([filtered, pinned.length > 0 ? Cypher.isNotNull(key) : undefined, window.cursor ? keyAfter(window.cursor.key) : undefined]);
    const ordered = projection ? new Cypher.With(node) : new Cypher.With([key, item]);
    const pinnedOrder = pinned.map((property): [Cypher.Expr, Cypher.Order] => [property, keyOrder]);
    page = Cypher.utils.concat(
      where ? match().where(where) : match(),
      ...row(ordered.orderBy(...pinnedOrder, [key, keyOrder]).limit(limit)),
      new Cypher.Return([Cypher.collect(item), 'nodes']),
    );
  } else {
    const rank = new Cypher.Variable();
    const rankExpression = shape.rank.expression(node);
    // Descending ranks read forward go down; reading backward flips both the rank and the key.
    const rankDown = shape.rank.descending !== window.backward;
    const pastCursor = (value: Cypher.Expr) => {
      if (!window.cursor) return undefined;
      const cursorRank = new Cypher.Param(window.cursor.rank);
      return Cypher.or(
        (rankDown ? Cypher.lt : Cypher.gt)(value, cursorRank),
        Cypher.and(Cypher.eq(value, cursorRank), (window.backward ? Cypher.lt : Cypher.gt)(key, new Cypher.Param(window.cursor.key))),
      );
    };
    const order = (value: Cypher.Expr): [Cypher.Expr, Cypher.Order][] => [
      [value, rankDown ? 'DESC' : 'ASC'],
      [key, keyOrder],
    ];
    const kept = (rankColumn: Cypher.Variable | [Cypher.Expr, Cypher.Variable]) =>
      projection ? new Cypher.With(node, rankColumn) : new Cypher.With([key, item], rankColumn);
    if (rankExpression instanceof Cypher.Property) {
      // Ordered and bounded by the property itself (not an alias of it), so that the planner may read a
      // range index in order and stop after the page. The cursor bounds the property with one range
      // (`<=`, then the ties) rather than an OR of two, which the planner would read as two seeks.
      const pinned = shape.rank.pinned?.(node) ?? [];
      const pastCursorRange = window.cursor
        ? Cypher.and(
            (rankDown ? Cypher.lte : Cypher.gte)(rankExpression, new Cypher.Param(window.cursor.rank)),
            pastCursor(rankExpression),
          )
        : undefined;
      const where = allOf([
        filtered,
        ...pinned.map(([property, value]) => Cypher.eq(property, value)),
        pinned.length > 0 ? Cypher.isNotNull(rankExpression) : undefined,
        pastCursorRange,
      ]);
      const pinnedOrder = pinned.map(([property]): [Cypher.Expr, Cypher.Order] => [property, rankDown ? 'DESC' : 'ASC']);
      page = Cypher.utils.concat(
        where ? match().where(where) : match(),
        ...row(kept([rankExpression, rank]).orderBy(...pinnedOrder, ...order(rankExpression)).limit(limit)),
        new Cypher.Return([Cypher.collect(item), 'nodes'], [Cypher.collect(rank), 'ranks']),
      );
    } else {
      const ranked = new Cypher.With(node, [rankExpression, rank]);
      const cursorCondition = pastCursor(rank);
      if (cursorCondition) ranked.where(cursorCondition);
      page = Cypher.utils.concat(
        filtered ? match().where(filtered) : match(),
        ranked,
        ...row(kept(rank).orderBy(...order(rank)).limit(limit)),
        new Cypher.Return([Cypher.collect(item), 'nodes'], [Cypher.collect(rank), 'ranks']),
      );
    }
  }
  const built = page.build();
  return { page: { cypher: built.cypher, params: { ...built.params, ...projection?.params } }, count: count.build() };
}
