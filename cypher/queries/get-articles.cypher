// get-articles: articles by id.
// Parameters: $keys (article ids)
// Columns: key, node {id, title, titleInferred, url, publishedOn, contentHash, ingestedAt, textLength, publisherId}
UNWIND $keys AS key
MATCH (a:Article {id: key})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher:Organization)
RETURN key, a {
  .id, .title, .titleInferred, .url, .contentHash, .textLength,
  publishedOn: toString(a.publishedOn), ingestedAt: toString(a.ingestedAt), publisherId: publisher.id
} AS node
