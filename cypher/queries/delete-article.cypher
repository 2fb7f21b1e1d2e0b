// delete-article: removes the article node, then those of the given people, organisations, programs,
// measures and periods that nothing refers to any more. Run after delete-article-facts, in the same
// transaction, with what find-article-dependents listed.
// Parameters: $id (article id), $entities [{id, label}], $measureIds, $periodIds
// Columns: entities, measures, periods (nodes deleted)
MATCH (a:Article {id: $id})
DETACH DELETE a
// Back to one row, so that each orphan check below runs once.
WITH count(*) AS articles
CALL () {
  UNWIND $entities AS ref
  CALL (ref) {
    MATCH (e:Person {id: ref.id}) WHERE ref.label = 'Person' RETURN e
    UNION
    MATCH (e:Organization {id: ref.id}) WHERE ref.label = 'Organization' RETURN e
    UNION
    MATCH (e:Program {id: ref.id}) WHERE ref.label = 'Program' RETURN e
  }
  WITH e WHERE NOT EXISTS { (e)--() }
  DELETE e
  RETURN count(e) AS entities
}
CALL () {
  UNWIND $measureIds AS measureId
  MATCH (m:Measure {id: measureId})
  WHERE NOT EXISTS { (m)--() }
  DELETE m
  RETURN count(m) AS measures
}
CALL () {
  UNWIND $periodIds AS periodId
  MATCH (p:Period {id: periodId})
  WHERE NOT EXISTS { (p)--() }
  DELETE p
  RETURN count(p) AS periods
}
RETURN entities, measures, periods
