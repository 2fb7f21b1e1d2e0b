// list-article-figures: the figures an article states.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: key, nodes (figure ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  WITH a WHERE $limit > 0
  MATCH (a)<-[:REPORTED_IN]-(f:Figure)
  WITH f.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (a) {
  WITH a WHERE $withTotal
  MATCH (a)<-[:REPORTED_IN]-(f:Figure)
  WITH f.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
