// list-quote-subjects: the people, organisations and programs a quote is about.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $labels (a subset of Person, Organization, Program)
// Columns: key, nodes ({id, label}, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (q:Quote {id: key})
CALL (q) {
  MATCH (q)-[:ABOUT]->(e)
  UNWIND [label IN labels(e) WHERE label IN $labels] AS label
  WITH {id: e.id, label: label} AS item
  WITH item ORDER BY item.id
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item.id > $after][..$limit] AS nodes
}
RETURN key, nodes, total
