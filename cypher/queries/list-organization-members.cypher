// list-organization-members: the people who hold a position at an organisation.
// Parameters: $keys, $after (id after which the page starts, or null), $limit
// Columns: key, nodes ({id, title, unit, personId, organizationId, articleId}, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
  WITH {id: p.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  WITH item ORDER BY item.id
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item.id > $after][..$limit] AS nodes
}
RETURN key, nodes, total
