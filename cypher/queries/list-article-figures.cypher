// list-article-figures: the figures an article states.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: key, nodes (figures as get-figures returns them, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  WITH a WHERE $limit > 0
  MATCH (a)<-[:REPORTED_IN]-(f:Figure)
  WITH f
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN f.id < $cursor.key ELSE f.id > $cursor.key END
  WITH f ORDER BY CASE WHEN $backward THEN null ELSE f.id END, f.id DESC LIMIT $limit
  CALL (f) {
    MATCH (f)-[span:REPORTED_IN]->(a:Article)
    OPTIONAL MATCH (f)-[:FOR_PERIOD]->(period:Period)
    OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(source)
    // The node as get-figures returns it, so that the list needs no second query.
    RETURN f {
      .id, .value, .valueText, .approximate, .qualifier, .unit, .measure, .measureDetail, .period, .scope, .derived,
      periodStart: toString(period.start), periodEnd: toString(period.end),
      articleId: a.id, start: span.start, end: span.end,
      // The article as get-articles returns it: no query of its own follows.
      article: a {
        .id, .title, .titleInferred, .url, .contentHash, .textLength,
        publishedOn: toString(a.publishedOn), ingestedAt: toString(a.ingestedAt),
        publisherId: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(publisher:Organization) RETURN publisher.id LIMIT 1 }[0]
      },
      source: CASE WHEN source IS NULL THEN null
        // As get-people or get-organizations returns it: no query of its own follows.
        WHEN source:Person THEN source {.id, .name, aliases: coalesce(source.aliases, []), __typename: 'Person'}
        ELSE source {
          .id, .name, .acronym, .kind, aliases: coalesce(source.aliases, []), isAgency: source:Agency,
          partOfId: COLLECT { MATCH (source)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id LIMIT 1 }[0],
          __typename: 'Organization'
        }
      END
    } AS node
  }
  RETURN collect(node) AS nodes
}
CALL (a) {
  WITH a WHERE $withTotal
  MATCH (a)<-[:REPORTED_IN]-(f:Figure)
  WITH f.id AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
