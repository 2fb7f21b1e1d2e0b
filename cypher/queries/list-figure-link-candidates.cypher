// list-figure-link-candidates: an article's figures that can be linked by value (its first statements, see
// merge-restatements), each with the first statements (of this and other articles) it may relate to: same measure (the
// Measure node's id, held on each figure as measureId), same unit, same scope (case-insensitive; no scope matches no
// scope), a period, not derived; and either the same period, or another period with a value within $closeRatio of its
// own. Each kind keeps the $perFigure values nearest to the figure's own (ties by id: each side keeps the ids nearest
// the figure's own in index order, ascending above its value and descending below it). They come from two index seeks
// per kind, on the first statements' (measureId, period, value, id) and (measureId, value, id), walking away from the
// figure's value upwards and downwards in index order, so that each stops after about $perFigure rows, however many
// figures share a value, and linking costs the same whether a measure has ten figures in the graph or a million (the
// nearest of both sides are the nearest overall). The planner keeps to the index order, and stops early, only when
// ORDER BY names the index's leading properties too, although the seek fixes them, and when the WHERE names every
// property of the index (id IS NOT NULL, always true); the hints name the index each seek walks.
// Parameters: $articleId, $closeRatio (largest relative difference of figures of different periods, e.g. 0.1),
//   $perFigure (most candidates of each kind per figure)
// Columns: figure {id, articleId, value, valueText, qualifier, approximate, unit, measureId, period, scope, derived},
//   candidates (list of maps of the same shape; only figures with at least one candidate are returned)
MATCH (a:Article {id: $articleId})<-[:REPORTED_IN]-(f:FirstStatement)
CALL (f) {
  CALL (f) {
    MATCH (c:FirstStatement)
    USING INDEX c:FirstStatement(measureId, period, value, id)
    WHERE c.measureId = f.measureId AND c.period = f.period AND c.value >= f.value AND c.id IS NOT NULL
      AND c <> f AND c.unit = f.unit AND NOT coalesce(c.derived, false)
      AND ((c.scope IS NULL AND f.scope IS NULL) OR toLower(c.scope) = toLower(f.scope))
    WITH c ORDER BY c.measureId, c.period, c.value, c.id LIMIT toInteger($perFigure)
    RETURN c
    UNION ALL
    MATCH (c:FirstStatement)
    USING INDEX c:FirstStatement(measureId, period, value, id)
    WHERE c.measureId = f.measureId AND c.period = f.period AND c.value < f.value AND c.id IS NOT NULL
      AND c.unit = f.unit AND NOT coalesce(c.derived, false)
      AND ((c.scope IS NULL AND f.scope IS NULL) OR toLower(c.scope) = toLower(f.scope))
    WITH c ORDER BY c.measureId DESC, c.period DESC, c.value DESC, c.id DESC LIMIT toInteger($perFigure)
    RETURN c
  }
  WITH c ORDER BY abs(c.value - f.value), c.id LIMIT toInteger($perFigure)
  RETURN collect(c) AS samePeriod
}
CALL (f) {
  CALL (f) {
    MATCH (c:FirstStatement)
    USING INDEX c:FirstStatement(measureId, value, id)
    WHERE c.measureId = f.measureId AND c.value >= f.value AND c.value <= f.value + abs(f.value) * $closeRatio AND c.id IS NOT NULL
      AND c.period IS NOT NULL AND c.period <> f.period AND c.unit = f.unit AND NOT coalesce(c.derived, false)
      AND ((c.scope IS NULL AND f.scope IS NULL) OR toLower(c.scope) = toLower(f.scope))
    WITH c ORDER BY c.measureId, c.value, c.id LIMIT toInteger($perFigure)
    RETURN c
    UNION ALL
    MATCH (c:FirstStatement)
    USING INDEX c:FirstStatement(measureId, value, id)
    WHERE c.measureId = f.measureId AND c.value < f.value AND c.value >= f.value - abs(f.value) * $closeRatio AND c.id IS NOT NULL
      AND c.period IS NOT NULL AND c.period <> f.period AND c.unit = f.unit AND NOT coalesce(c.derived, false)
      AND ((c.scope IS NULL AND f.scope IS NULL) OR toLower(c.scope) = toLower(f.scope))
    WITH c ORDER BY c.measureId DESC, c.value DESC, c.id DESC LIMIT toInteger($perFigure)
    RETURN c
  }
  WITH c ORDER BY abs(c.value - f.value), c.id LIMIT toInteger($perFigure)
  RETURN collect(c) AS otherPeriods
}
WITH a, f, samePeriod + otherPeriods AS nearby WHERE size(nearby) > 0
CALL (nearby) {
  UNWIND nearby AS c
  MATCH (c)-[:REPORTED_IN]->(ca:Article)
  RETURN collect({id: c.id, articleId: ca.id, value: c.value, valueText: c.valueText, qualifier: c.qualifier,
                  approximate: coalesce(c.approximate, false), unit: c.unit, measureId: c.measureId, period: c.period,
                  scope: c.scope, derived: false}) AS candidates
}
RETURN {id: f.id, articleId: a.id, value: f.value, valueText: f.valueText, qualifier: f.qualifier,
        approximate: coalesce(f.approximate, false), unit: f.unit, measureId: f.measureId, period: f.period,
        scope: f.scope, derived: false} AS figure, candidates
