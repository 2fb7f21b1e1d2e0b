// get-quotes: quotes by id, with their speaker and the span of the article that reports them.
// Parameters: $keys (quote ids)
// Columns: key, node {id, text, direct, verb, articleId, start, end, speaker (as get-people or get-organizations returns it), article (as get-articles returns it)}
UNWIND $keys AS key
MATCH (q:Quote {id: key})-[span:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (speaker)-[:SAID]->(q)
RETURN key, q {
  .id, .text, .direct, .verb, articleId: a.id, start: span.start, end: span.end,
  // The article as get-articles returns it: no query of its own follows.
  article: a {
    .id, .title, .titleInferred, .url, .contentHash, .textLength,
    publishedOn: toString(a.publishedOn), ingestedAt: toString(a.ingestedAt),
    publisherId: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(publisher:Organization) RETURN publisher.id LIMIT 1 }[0]
  },
  speaker: CASE WHEN speaker IS NULL THEN null
    // The speaker as get-people or get-organizations returns it: no query of its own follows.
    WHEN speaker:Person THEN speaker {.id, .name, aliases: coalesce(speaker.aliases, []), __typename: 'Person'}
    ELSE speaker {
      .id, .name, .acronym, .kind, aliases: coalesce(speaker.aliases, []), isAgency: speaker:Agency,
      partOfId: COLLECT { MATCH (speaker)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id LIMIT 1 }[0],
      __typename: 'Organization'
    }
  END
} AS node
