// list-person-roles: the positions a person holds, each with the article that states it.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $kinds (organisation kinds, or null for all)
// Columns: key, nodes ({id, title, unit, personId, organizationId, articleId}, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (p:Person {id: key})
CALL (p) {
  WITH p WHERE $limit > 0
  MATCH (p)-[r:HOLDS_ROLE]->(o:Organization)
  WHERE $kinds IS NULL OR o.kind IN $kinds
  WITH {id: o.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item.id < $cursor.key ELSE item.id > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item.id END, item.id DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (p) {
  WITH p WHERE $withTotal
  MATCH (p)-[r:HOLDS_ROLE]->(o:Organization)
  WHERE $kinds IS NULL OR o.kind IN $kinds
  WITH {id: o.id + '|' + r.article + '|' + r.title, title: CASE r.title WHEN '' THEN null ELSE r.title END, unit: r.unit, personId: p.id, organizationId: o.id, articleId: r.article} AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
