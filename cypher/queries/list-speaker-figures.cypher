// list-speaker-figures: the figures attributed to a person or organisation.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $label (Person or Organization)
// Columns: key, nodes (figure ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (s:Person|Organization {id: key}) WHERE $label IN labels(s)
CALL (s) {
  MATCH (f:Figure)-[:ATTRIBUTED_TO]->(s)
  WITH f.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
