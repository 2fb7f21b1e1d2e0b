// list-figures: figures, filtered; every filter is optional.
// Parameters: $after (id after which the page starts, or null), $limit, $measure, $periods, $scope, $scopeContains (case-insensitive), $unit, $value, $articleId, $sourceId, $sort (ID, PERIOD, VALUE_DESC or MOST_QUOTED)
// Columns: total (rows matching the filters), nodes (ids in the sort order, ties by id, at most $limit)
MATCH (f:Figure)-[:REPORTED_IN]->(a:Article)
WHERE ($measure IS NULL OR f.measure = $measure)
  AND ($periods IS NULL OR f.period IN $periods)
  AND ($scope IS NULL OR f.scope = $scope)
  AND ($scopeContains IS NULL OR toLower(f.scope) CONTAINS toLower($scopeContains))
  AND ($unit IS NULL OR f.unit = $unit)
  AND ($value IS NULL OR f.value = $value)
  AND ($articleId IS NULL OR a.id = $articleId)
  AND ($sourceId IS NULL OR EXISTS { (f)-[:ATTRIBUTED_TO]->(s) WHERE s.id = $sourceId })
OPTIONAL MATCH (f)-[:FOR_PERIOD]->(period:Period)
WITH f.id AS item,
     CASE $sort
       WHEN 'MOST_QUOTED' THEN -COUNT { (:Quote)-[:ABOUT]->(f) }
       WHEN 'VALUE_DESC' THEN -f.value
       WHEN 'PERIOD' THEN coalesce(period.start, date('9999-12-31'))
       ELSE 0
     END AS rank
WITH item ORDER BY rank, item
WITH collect(item) AS items
WITH items, [i IN range(0, size(items) - 1) WHERE items[i] = $after] AS cursorAt
RETURN size(items) AS total,
       CASE WHEN $after IS NULL THEN items[..$limit]
            WHEN size(cursorAt) > 0 THEN items[cursorAt[0] + 1..][..$limit]
            // The cursor's row has left the list (deleted, re-ingested): go on from where its id would sort.
            ELSE [item IN items WHERE item > $after][..$limit] END AS nodes
