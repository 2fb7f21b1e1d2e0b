// list-figure-links: figures recorded as the same quantity, close but different, or in conflict, in either direction.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $types (SAME_QUANTITY_AS, CLOSE_TO, CONFLICTS_WITH)
// Columns: key, nodes ({id, figureId, relation, reason, delta, derived, confidence}, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (f:Figure {id: key})
CALL (f) {
  WITH f WHERE $limit > 0
  MATCH (f)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(other:Figure)
  WHERE type(r) IN $types
  WITH {id: type(r) + '|' + other.id, figureId: other.id, relation: type(r), reason: r.reason,
        delta: CASE WHEN startNode(r) = f THEN r.delta ELSE -r.delta END, derived: r.derived, confidence: r.confidence} AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item.id < $cursor.key ELSE item.id > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item.id END, item.id DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (f) {
  WITH f WHERE $withTotal
  MATCH (f)-[r:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(other:Figure)
  WHERE type(r) IN $types
  WITH {id: type(r) + '|' + other.id, figureId: other.id, relation: type(r), reason: r.reason,
        delta: CASE WHEN startNode(r) = f THEN r.delta ELSE -r.delta END, derived: r.derived, confidence: r.confidence} AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
