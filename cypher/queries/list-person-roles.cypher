// list-person-roles: the positions a person holds, each with the article that states it.
// Parameters: $keys, $after (id after which the page starts, or null), $limit, $kinds (organisation kinds, or null for all)
// Columns: key, nodes ({id, title, unit, personId, organizationId, articleId}, ordered by id, at most $limit), total
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[r:HOLDS_ROLE]->(o:Organization)
  WHERE $kinds IS NULL OR o.kind IN $kinds
  WITH {id: o.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  WITH item ORDER BY item.id
  WITH collect(item) AS items
  RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item.id > $after][..$limit] AS nodes
}
RETURN key, nodes, total
