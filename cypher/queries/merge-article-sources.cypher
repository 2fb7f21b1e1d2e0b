// merge-article-sources: who published and wrote an article, and which sources it cites.
// Parameters: $articleId, $publisherId (or null), $bylineIds, $citedIds
// Columns: id
MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (publisher:Organization {id: $publisherId})
  FOREACH (_ IN CASE WHEN publisher IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(publisher))
}
CALL (a) {
  UNWIND $bylineIds AS authorId
  MATCH (author:Person {id: authorId})
  MERGE (a)-[:WRITTEN_BY]->(author)
}
CALL (a) {
  UNWIND $citedIds AS sourceId
  MATCH (source:Organization {id: sourceId})
  MERGE (a)-[:CITES]->(source)
}
RETURN a.id AS id
