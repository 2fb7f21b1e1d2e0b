// list-article-sources: the organisations an article cites as its sources.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $kinds (organisation kinds, or null for all)
// Columns: key, nodes (organisation ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (a)-[:CITES]->(o:Organization)
  WHERE $kinds IS NULL OR o.kind IN $kinds
  WITH o.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
