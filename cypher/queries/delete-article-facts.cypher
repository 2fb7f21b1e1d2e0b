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
// A PART_OF or RUN_BY this article states goes with it when no other article's MENTIONS states it too.
CALL (a) {
  MATCH (a)-[stated:MENTIONS]->(entity)-[link:PART_OF|RUN_BY]->(other)
  WHERE other.id = CASE type(link) WHEN 'PART_OF' THEN stated.partOf ELSE stated.runBy END
    AND NOT EXISTS {
      MATCH (elsewhere:Article)-[also:MENTIONS]->(entity)
      WHERE elsewhere <> a AND other.id = CASE type(link) WHEN 'PART_OF' THEN also.partOf ELSE also.runBy END
    }
  DELETE link
}
// Graphs written before the statements moved to MENTIONS listed them on the relationship; rewriting one of its
// articles drops that list, which no longer changes.
CALL (a) {
  MATCH (a)-[:MENTIONS]->()-[link:PART_OF|RUN_BY]->()
  WHERE link.articles IS NOT NULL
  REMOVE link.articles
}
CALL (a) {
  MATCH (a)-[own:MENTIONS|PUBLISHED_BY|WRITTEN_BY|CITES]->()
  DELETE own
}
CALL () {
  MATCH ()-[role:HOLDS_ROLE {article: $articleId}]->()
  DELETE role
}
RETURN deleted
