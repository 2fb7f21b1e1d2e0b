// list-organization-programs: the programs an organisation runs.
// Parameters: $keys, $after (id after which the page starts, or null), $limit
// Columns: key, nodes (program ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  MATCH (p:Program)-[:RUN_BY]->(o)
  WITH p.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
