// delete-article-facts: removes what one article contributed before its facts are written anew.
// Entities stay: other articles may refer to them.
// Parameters: $articleId
// Columns: deleted (figures and quotes removed)
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)<-[:REPORTED_IN]-(fact)
WHERE fact:Figure OR fact:Quote
DETACH DELETE fact
WITH a, count(fact) AS deleted
OPTIONAL MATCH (a)-[own:MENTIONS|PUBLISHED_BY|WRITTEN_BY|CITES]->()
DELETE own
WITH DISTINCT a, deleted
OPTIONAL MATCH ()-[role:HOLDS_ROLE {article: $articleId}]->()
DELETE role
WITH DISTINCT deleted
OPTIONAL MATCH ()-[link:PART_OF|RUN_BY]->()
WHERE $articleId IN link.articles
SET link.articles = [id IN link.articles WHERE id <> $articleId]
WITH deleted, link
WHERE link IS NOT NULL AND size(link.articles) = 0
DELETE link
RETURN DISTINCT deleted
