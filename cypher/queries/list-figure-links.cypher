// list-figure-links: figures recorded as the same quantity, close but different, or in conflict, in either direction.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $types (SAME_QUANTITY_AS, CLOSE_TO, CONFLICTS_WITH)
// Columns: key, nodes ({id, figureId, relation, reason, delta, derived, confidence}, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (f:Figure {id: key})
CALL (f) {
  MATCH (f)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(other:Figure)
  WHERE type(r) IN $types
  WITH {id: type(r) + '|' + other.id, figureId: other.id, relation: type(r), reason: r.reason,
        delta: CASE WHEN startNode(r) = f THEN r.delta ELSE -r.delta END, derived: r.derived, confidence: r.confidence} AS item
  WITH item ORDER BY item.id
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item.id > $after][..$limit] AS nodes
}
RETURN key, nodes, total
