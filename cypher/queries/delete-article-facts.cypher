// delete-article-facts: removes what one article contributed before its facts are written anew.
// Entities stay: other articles may refer to them.
// Parameters: $articleId
// Columns: deleted (figures and quotes removed)
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(fact)
  WHERE fact:Figure OR fact:Quote
  DETACH DELETE fact
  RETURN count(fact) AS deleted
}
CALL (a) {
  MATCH (a)-[own:MENTIONS|PUBLISHED_BY|WRITTEN_BY|CITES]->()
  DELETE own
}
CALL () {
  MATCH ()-[role:HOLDS_ROLE {article: $articleId}]->()
  DELETE role
}
CALL () {
  MATCH ()-[link:PART_OF|RUN_BY]->()
  WHERE $articleId IN link.articles
  SET link.articles = [id IN link.articles WHERE id <> $articleId]
  WITH link WHERE size(link.articles) = 0
  DELETE link
}
RETURN deleted
