// get-quotes: quotes by id, with their speaker and the span of the article that reports them.
// Parameters: $keys (quote ids)
// Columns: key, node {id, text, direct, verb, articleId, start, end, speaker {id, label}}
UNWIND $keys AS key
MATCH (q:Quote {id: key})-[span:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (speaker)-[:SAID]->(q)
RETURN key, q {
  .id, .text, .direct, .verb, articleId: a.id, start: span.start, end: span.end,
  speaker: CASE WHEN speaker IS NULL THEN null ELSE {id: speaker.id, label: CASE WHEN speaker:Person THEN 'Person' ELSE 'Organization' END} END
} AS node
