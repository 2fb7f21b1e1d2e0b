// list-entity-quotes-about: the quotes about a person, organisation or program.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $label (Person, Organization or Program)
// Columns: key, nodes (quote ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (e:Person|Organization|Program {id: key}) WHERE $label IN labels(e)
CALL (e) {
  WITH e WHERE $limit > 0
  MATCH (q:Quote)-[:ABOUT]->(e)
  WITH q.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (e) {
  WITH e WHERE $withTotal
  MATCH (q:Quote)-[:ABOUT]->(e)
  WITH q.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
