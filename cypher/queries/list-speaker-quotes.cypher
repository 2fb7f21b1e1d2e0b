// list-speaker-quotes: what a person or organisation said.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $label (Person or Organization)
// Columns: key, nodes (quotes as get-quotes returns them, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (s:Person|Organization {id: key}) WHERE $label IN labels(s)
CALL (s) {
  WITH s WHERE $limit > 0
  MATCH (s)-[:SAID]->(q:Quote)
  WITH q
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN q.id < $cursor.key ELSE q.id > $cursor.key END
  WITH q ORDER BY CASE WHEN $backward THEN null ELSE q.id END, q.id DESC LIMIT $limit
  CALL (q) {
    MATCH (q)-[span:REPORTED_IN]->(a:Article)
    OPTIONAL MATCH (speaker)-[:SAID]->(q)
    // The node as get-quotes returns it, so that the list needs no second query.
    RETURN q {
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
  }
  RETURN collect(node) AS nodes
}
CALL (s) {
  WITH s WHERE $withTotal
  MATCH (s)-[:SAID]->(q:Quote)
  WITH q.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
