// get-figures: figures by id, with the span of the article that states them and their source.
// Parameters: $keys (figure ids)
// Columns: key, node {id, value, valueText, approximate, qualifier, unit, measure, measureDetail, period,
//   periodStart, periodEnd, scope, derived, articleId, start, end, source {id, label}}
UNWIND $keys AS key
MATCH (f:Figure {id: key})-[span:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (f)-[:FOR_PERIOD]->(period:Period)
OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(source)
RETURN key, f {
  .id, .value, .valueText, .approximate, .qualifier, .unit, .measure, .measureDetail, .period, .scope, .derived,
  periodStart: toString(period.start), periodEnd: toString(period.end),
  articleId: a.id, start: span.start, end: span.end,
  source: CASE WHEN source IS NULL THEN null ELSE {id: source.id, label: CASE WHEN source:Person THEN 'Person' ELSE 'Organization' END} END
} AS node
