// find-article-dependents: takes the article's write lock (as find-article-write-state does, so that a
// delete and a write of one article go one after the other), then lists what its deletion removes
// and the shared nodes it may leave orphaned. No row when there is no such article.
// Parameters: $id (article id)
// Columns: figures, quotes (counts), entities [{id, label}], measureIds, periodIds
MATCH (a:Article {id: $id})
SET a.writeLock = true
REMOVE a.writeLock
WITH a
CALL (a) {
  OPTIONAL MATCH (a)<-[:REPORTED_IN]-(f:Figure)
  OPTIONAL MATCH (f)-[:MEASURES]->(m:Measure)
  OPTIONAL MATCH (f)-[:FOR_PERIOD]->(p:Period)
  RETURN count(DISTINCT f) AS figures, collect(DISTINCT m.id) AS measureIds, collect(DISTINCT p.id) AS periodIds
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:REPORTED_IN]-(q:Quote)
  RETURN count(q) AS quotes
}
CALL (a) {
  // The article mentions every entity it names; its facts' speakers, sources and subjects are listed as well, should a mention be missing.
  CALL (a) {
    MATCH (a)-[:MENTIONS|PUBLISHED_BY|WRITTEN_BY|CITES]->(e) RETURN e
    UNION
    MATCH (a)<-[:REPORTED_IN]-(:Quote)<-[:SAID]-(e) RETURN e
    UNION
    MATCH (a)<-[:REPORTED_IN]-(:Quote)-[:ABOUT]->(e) RETURN e
    UNION
    MATCH (a)<-[:REPORTED_IN]-(:Figure)-[:ATTRIBUTED_TO]->(e) RETURN e
  }
  WITH e, [label IN labels(e) WHERE label IN ['Person', 'Organization', 'Program']][0] AS label
  WHERE label IS NOT NULL
  RETURN collect({id: e.id, label: label}) AS entities
}
RETURN figures, quotes, entities, measureIds, periodIds
