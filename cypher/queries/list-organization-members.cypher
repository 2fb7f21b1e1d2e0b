// list-organization-members: the people who hold a position at an organisation.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: key, nodes ({id, title, unit, personId, organizationId, articleId}, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  WITH o WHERE $limit > 0
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
  WITH {id: p.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item.id < $cursor.key ELSE item.id > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item.id END, item.id DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (o) {
  WITH o WHERE $withTotal
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
  WITH {id: p.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
