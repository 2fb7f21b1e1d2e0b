// delete-article-facts: removes what one article contributed before its facts are written anew.
// Entities stay: other articles may refer to them.
// Parameters: $articleId
// Columns: deleted (figures and quotes removed)
MATCH (a:Article {id: $articleId})
// A first statement that other articles restate (see merge-restatements) hands its place to the first of them by id:
// the others restate that one from now on, and it takes over the links to figures of other articles, with the same
// reason and difference (its value and words are the same). Which figures are first statements, and their
// restatements and links, are read only once every figure of the article is locked: a restatement or link being
// created meanwhile holds a lock on its figure that prevents the figure's deletion, and so does a concurrent hand-over
// that makes one of them a first statement, so the lock waits for that transaction to commit, and then reads what it
// wrote; one created later finds the figure gone, and its transaction runs again (Database.writeTransaction).
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(figure:Figure)
  WITH figure ORDER BY figure.id
  SET figure.handingOver = true
  REMOVE figure.handingOver
}
CALL (a) {
  MATCH (a)<-[:REPORTED_IN]-(first:FirstStatement)<-[:RESTATES]-(restatement:Figure)
  // After a hand-over a repeat in the heir's own article restates the heir; it goes with this article.
  WHERE NOT EXISTS { (restatement)-[:REPORTED_IN]->(a) }
  WITH first, restatement ORDER BY restatement.id
  WITH first, collect(restatement) AS restatements
  WITH first, head(restatements) AS heir, tail(restatements) AS others
  MATCH (heir)-[own:RESTATES]->(first)
  DELETE own
  SET heir:FirstStatement
  WITH a, first, heir, others
  CALL (first, heir, others) {
    UNWIND others AS other
    MATCH (other)-[old:RESTATES]->(first)
    CREATE (other)-[moved:RESTATES]->(heir)
    SET moved = properties(old)
  }
  CALL (a, first, heir) {
    MATCH (first)-[link:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(linked:Figure)
    WHERE linked <> heir AND NOT EXISTS { (linked)-[:REPORTED_IN]->(a) }
    WITH link, linked, properties(link) AS kept,
         EXISTS { (heir)-[:REPORTED_IN]->(:Article)<-[:REPORTED_IN]-(linked) } AS withinArticle
    CALL (heir, link, linked, kept, withinArticle) {
      WITH link WHERE startNode(link) = linked
      CREATE (linked)-[moved:$(type(link))]->(heir)
      SET moved = kept, moved.withinArticle = withinArticle
    }
    CALL (heir, link, linked, kept, withinArticle) {
      WITH link WHERE endNode(link) = linked
      CREATE (heir)-[moved:$(type(link))]->(linked)
      SET moved = kept, moved.withinArticle = withinArticle
    }
  }
}
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
