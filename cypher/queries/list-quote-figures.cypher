// list-quote-figures: the figures a quote is about.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: key, nodes (figure ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (q:Quote {id: key})
CALL (q) {
  WITH q WHERE $limit > 0
  MATCH (q)-[:ABOUT]->(f:Figure)
  WITH f.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (q) {
  WITH q WHERE $withTotal
  MATCH (q)-[:ABOUT]->(f:Figure)
  WITH f.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
