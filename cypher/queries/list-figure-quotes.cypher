// list-figure-quotes: the quotes about a figure, optionally only from speakers affiliated with organisations of some kinds.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $affiliationKinds (organisation kinds: the speaker is one, or holds a position at one; null for all)
// Columns: key, nodes (quote ids, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (f:Figure {id: key})
CALL (f) {
  WITH f WHERE $limit > 0
  MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(f)
  WHERE $affiliationKinds IS NULL
     OR (s:Organization AND s.kind IN $affiliationKinds)
     OR EXISTS { (s)-[:HOLDS_ROLE]->(o:Organization) WHERE o.kind IN $affiliationKinds }
  WITH DISTINCT q.id AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item < $cursor.key ELSE item > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item END, item DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (f) {
  WITH f WHERE $withTotal
  MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(f)
  WHERE $affiliationKinds IS NULL
     OR (s:Organization AND s.kind IN $affiliationKinds)
     OR EXISTS { (s)-[:HOLDS_ROLE]->(o:Organization) WHERE o.kind IN $affiliationKinds }
  WITH DISTINCT q.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
