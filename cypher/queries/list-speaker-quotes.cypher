// list-speaker-quotes: what a person or organisation said.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $label (Person or Organization)
// Columns: key, nodes (quote ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (s:Person|Organization {id: key}) WHERE $label IN labels(s)
CALL (s) {
  WITH s WHERE $limit > 0
  MATCH (s)-[:SAID]->(q:Quote)
  WITH q.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (s) {
  WITH s WHERE $withTotal
  MATCH (s)-[:SAID]->(q:Quote)
  WITH q.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
