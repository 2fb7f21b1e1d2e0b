// merge-figures: an article's figures with their span, measure, period and source.
// Parameters: $articleId, $figures [{id, value, valueText, approximate, qualifier, unit, measure, measureId,
//   measureDetail, period, periodNode {id, kind, start, end} or null, scope, derived, source {id, label} or null, start, end}]
// Columns: figures
MATCH (a:Article {id: $articleId})
UNWIND $figures AS row
MERGE (f:Figure {id: row.id})
SET f.value = row.value, f.valueText = row.valueText, f.approximate = row.approximate,
    f.qualifier = row.qualifier, f.unit = row.unit, f.measure = row.measure,
    f.measureDetail = row.measureDetail, f.measureId = row.measureId, f.period = row.period, f.scope = row.scope, f.derived = row.derived
MERGE (f)-[span:REPORTED_IN]->(a)
SET span.start = toInteger(row.start), span.end = toInteger(row.end)
MERGE (m:Measure {id: row.measureId})
ON CREATE SET m.name = row.measure
MERGE (f)-[:MEASURES]->(m)
WITH f, row
CALL (f, row) {
  WITH row WHERE row.periodNode IS NOT NULL
  MERGE (p:Period {id: row.periodNode.id})
  ON CREATE SET p.kind = row.periodNode.kind,
      p.start = CASE WHEN row.periodNode.start IS NULL THEN null ELSE date(row.periodNode.start) END,
      p.end = CASE WHEN row.periodNode.end IS NULL THEN null ELSE date(row.periodNode.end) END
  MERGE (f)-[:FOR_PERIOD]->(p)
}
CALL (f, row) {
  WITH row WHERE row.source IS NOT NULL
  CALL (row) {
    MATCH (s:Person {id: row.source.id}) WHERE row.source.label = 'Person' RETURN s
    UNION
    MATCH (s:Organization {id: row.source.id}) WHERE row.source.label = 'Organization' RETURN s
  }
  MERGE (f)-[:ATTRIBUTED_TO]->(s)
}
RETURN count(f) AS figures
