// list-figure-quotes: the quotes about a figure, optionally only from speakers affiliated with organisations of some kinds.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $affiliationKinds (organisation kinds: the speaker is one, or holds a position at one; null for all)
// Columns: key, nodes (quote ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (f:Figure {id: key})
CALL (f) {
  MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(f)
  WHERE $affiliationKinds IS NULL
     OR (s:Organization AND s.kind IN $affiliationKinds)
     OR EXISTS { (s)-[:HOLDS_ROLE]->(o:Organization) WHERE o.kind IN $affiliationKinds }
  WITH DISTINCT q.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
