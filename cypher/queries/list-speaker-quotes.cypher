// list-speaker-quotes: what a person or organisation said.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $label (Person or Organization)
// Columns: key, nodes (quote ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (s:Person|Organization {id: key}) WHERE $label IN labels(s)
CALL (s) {
  MATCH (s)-[:SAID]->(q:Quote)
  WITH q.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
