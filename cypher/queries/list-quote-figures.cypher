// list-quote-figures: the figures a quote is about.
// Parameters: $keys, $after (id after which the page starts, or null), $limit
// Columns: key, nodes (figure ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (q:Quote {id: key})
CALL (q) {
  MATCH (q)-[:ABOUT]->(f:Figure)
  WITH f.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
