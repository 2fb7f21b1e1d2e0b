// list-figure-link-candidates: an article's figures that can be linked by value, each with the figures (of this and
// other articles) it may relate to: same Measure node, same unit, same scope (case-insensitive; no scope matches no
// scope), a period, not derived, and either the same period or a value within $closeRatio of its own.
// The figures of a measure are reached through its Measure node: the `measure` property is the name as written,
// so only the node's id (the slug) matches "Criminal removals" with "criminal removals".
// Parameters: $articleId, $closeRatio (largest relative difference of figures of different periods, e.g. 0.1)
// Columns: figure {id, articleId, value, valueText, qualifier, approximate, unit, measureId, period, scope, derived},
//   candidates (list of maps of the same shape; only figures with at least one candidate are returned)
MATCH (a:Article {id: $articleId})<-[:REPORTED_IN]-(f:Figure)-[:MEASURES]->(m:Measure)
WHERE f.period IS NOT NULL AND NOT coalesce(f.derived, false)
CALL (f, m) {
  MATCH (m)<-[:MEASURES]-(c:Figure)-[:REPORTED_IN]->(ca:Article)
  WHERE c <> f AND c.period IS NOT NULL AND NOT coalesce(c.derived, false) AND c.unit = f.unit
    AND ((c.scope IS NULL AND f.scope IS NULL) OR toLower(c.scope) = toLower(f.scope))
    AND (c.period = f.period
         OR abs(c.value - f.value) <= $closeRatio * CASE WHEN abs(c.value) > abs(f.value) THEN abs(c.value) ELSE abs(f.value) END)
  RETURN collect({id: c.id, articleId: ca.id, value: c.value, valueText: c.valueText, qualifier: c.qualifier,
                  approximate: coalesce(c.approximate, false), unit: c.unit, measureId: m.id, period: c.period,
                  scope: c.scope, derived: false}) AS candidates
}
WITH a, f, m, candidates WHERE size(candidates) > 0
RETURN {id: f.id, articleId: a.id, value: f.value, valueText: f.valueText, qualifier: f.qualifier,
        approximate: coalesce(f.approximate, false), unit: f.unit, measureId: m.id, period: f.period,
        scope: f.scope, derived: false} AS figure, candidates
