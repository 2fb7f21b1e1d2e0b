// list-organization-programs: the programs an organisation runs.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: key, nodes (program ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  WITH o WHERE $limit > 0
  MATCH (p:Program)-[:RUN_BY]->(o)
  WITH p.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (o) {
  WITH o WHERE $withTotal
  MATCH (p:Program)-[:RUN_BY]->(o)
  WITH p.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
