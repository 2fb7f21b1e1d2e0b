// list-article-quotes: the quotes an article reports.
// Parameters: $keys, $after (id after which the page starts, or null), $limit
// Columns: key, nodes (quote ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(q:Quote)
  WITH q.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
