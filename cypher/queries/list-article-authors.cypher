// list-article-authors: the people who wrote an article.
// Parameters: $keys, $after (id after which the page starts, or null), $limit
// Columns: key, nodes (person ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  MATCH (a)-[:WRITTEN_BY]->(p:Person)
  WITH p.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
