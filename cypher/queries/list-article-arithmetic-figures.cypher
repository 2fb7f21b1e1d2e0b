// list-article-arithmetic-figures: an article's figures with a period, for checking its own arithmetic at ingestion
// (see src/ingest/link/linkArticleArithmetic.ts): its derived figures (changes "A->B", multiples) and the plain figures
// they may be computed from. Nothing when the article states no derived figure with a period.
// Parameters: $articleId
// Columns: figures (list of {id, value, valueText, qualifier, approximate, unit, measureId, measureDetail, period, scope,
//   derived})
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(f:Figure)
WHERE f.period IS NOT NULL AND f.measureId IS NOT NULL
WITH collect(f) AS stated
WHERE any(f IN stated WHERE coalesce(f.derived, false) AND f.period CONTAINS '->')
RETURN [f IN stated | {id: f.id, value: f.value, valueText: f.valueText, qualifier: f.qualifier,
                    approximate: coalesce(f.approximate, false), unit: f.unit, measureId: f.measureId,
                    measureDetail: f.measureDetail, period: f.period, scope: f.scope,
                    derived: coalesce(f.derived, false)}] AS figures
