// merge-entity-links: roles, organisation hierarchy and program operators stated by one article.
// Roles carry the article they come from; PART_OF and RUN_BY list every article that states them.
// Parameters: $articleId, $roles [{personId, organizationId, title, unit}], $partOf [{id, parentId}], $runBy [{id, organizationId}]
// Columns: roles, links
CALL (*) {
  UNWIND $roles AS row
  MATCH (p:Person {id: row.personId}), (o:Organization {id: row.organizationId})
  MERGE (p)-[r:HOLDS_ROLE {article: $articleId, title: coalesce(row.title, '')}]->(o)
  SET r.unit = row.unit
  RETURN count(r) AS roles
}
CALL (*) {
  UNWIND $partOf AS row
  MATCH (child:Organization {id: row.id}), (parent:Organization {id: row.parentId})
  MERGE (child)-[r:PART_OF]->(parent)
  SET r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END
  RETURN count(r) AS partOf
}
CALL (*) {
  UNWIND $runBy AS row
  MATCH (program:Program {id: row.id}), (o:Organization {id: row.organizationId})
  MERGE (program)-[r:RUN_BY]->(o)
  SET r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END
  RETURN count(r) AS runBy
}
RETURN roles, partOf + runBy AS links
