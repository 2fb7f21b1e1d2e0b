// list-figure-links: figures recorded as the same quantity, close but different, in conflict, or restated in the same
// words, in either direction. A figure that restates a first statement (RESTATES, see merge-restatements) has that
// statement's relations too, with the same difference (their values are equal): its other restatements, and the
// figures it is linked to.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $types (SAME_QUANTITY_AS, CLOSE_TO, CONFLICTS_WITH, RESTATES)
// Columns: key, nodes ({id, figureId, relation, reason, delta, derived, confidence}, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (f:Figure {id: key})
CALL (f) {
  WITH f WHERE $limit > 0 OR $withTotal
  CALL (f) {
    MATCH (f)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH|RESTATES]-(other:Figure)
    RETURN r, f AS through, other
    UNION
    MATCH (f)-[:RESTATES]->(through:FirstStatement)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH|RESTATES]-(other:Figure)
    WHERE other <> f
    RETURN r, through, other
  }
  WITH f, r, through, other WHERE type(r) IN $types
  WITH f, {id: type(r) + '|' + other.id, figureId: other.id, relation: type(r), reason: r.reason,
        delta: CASE WHEN startNode(r) = through THEN r.delta ELSE -r.delta END, derived: r.derived, confidence: r.confidence} AS item
  // A figure reached both ways is listed once.
  WITH item.id AS id, head(collect(item)) AS item
  RETURN collect(item) AS items
}
CALL (items) {
  WITH items WHERE $limit > 0
  UNWIND items AS item
  WITH item WHERE $cursor IS NULL OR CASE WHEN $backward THEN item.id < $cursor.key ELSE item.id > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item.id END, item.id DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
RETURN key, nodes, CASE WHEN $withTotal THEN size(items) END AS total
