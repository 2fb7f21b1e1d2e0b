// list-entity-articles: the articles that mention a person, organisation or program.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $label (Person, Organization or Program)
// Columns: key, nodes (article ids, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (e:Person|Organization|Program {id: key}) WHERE $label IN labels(e)
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a.id AS item
  WITH item ORDER BY item
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
}
RETURN key, nodes, total
