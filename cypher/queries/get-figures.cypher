// get-figures: figures by id, with the span of the article that states them and their source.
// Parameters: $keys (figure ids)
// Columns: key, node {id, value, valueText, approximate, qualifier, unit, measure, measureDetail, period,
//   periodStart, periodEnd, scope, derived, articleId, start, end, source (as get-people or get-organizations returns it), article (as get-articles returns it)}
UNWIND $keys AS key
MATCH (f:Figure {id: key})-[span:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (f)-[:FOR_PERIOD]->(period:Period)
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(source)
RETURN key, f {
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
