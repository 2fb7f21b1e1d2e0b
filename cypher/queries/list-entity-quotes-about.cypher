// list-entity-quotes-about: the quotes about a person, organisation or program.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $label (Person, Organization or Program)
// Columns: key, nodes (quote ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (e:Person|Organization|Program {id: key}) WHERE $label IN labels(e)
CALL (e) {
  MATCH (q:Quote)-[:ABOUT]->(e)
  WITH q.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
