// list-figures: figures, filtered; every filter is optional.
// Parameters: $after (id after which the page starts, or null), $limit, $measure, $periods, $scope, $scopeContains (case-insensitive), $unit, $value, $articleId, $sourceId
// Columns: total (rows matching the filters), nodes (ids ordered by id, at most $limit)
MATCH (f:Figure)-[:REPORTED_IN]->(a:Article)
WHERE ($measure IS NULL OR f.measure = $measure)
  AND ($periods IS NULL OR f.period IN $periods)
  AND ($scope IS NULL OR f.scope = $scope)
  AND ($scopeContains IS NULL OR toLower(f.scope) CONTAINS toLower($scopeContains))
  AND ($unit IS NULL OR f.unit = $unit)
  AND ($value IS NULL OR f.value = $value)
  AND ($articleId IS NULL OR a.id = $articleId)
  AND ($sourceId IS NULL OR EXISTS { (f)-[:ATTRIBUTED_TO]->(s) WHERE s.id = $sourceId })
WITH f.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
