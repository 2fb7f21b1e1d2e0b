// list-timeline: the figures reported for one measure, ordered by period; a figure restated elsewhere
// (SAME_QUANTITY_AS, same measure and period) appears once, as its most precise statement.
// Parameters: $measure, $scope (or null for every scope), $after (figure id after which the page starts, or null), $limit
// Columns: total (points on the timeline), nodes (figure ids in period order, at most $limit)
MATCH (f:Figure {measure: $measure})-[:FOR_PERIOD]->(p:Period)
WHERE $scope IS NULL OR f.scope = $scope
OPTIONAL MATCH (f)-[:SAME_QUANTITY_AS]-(same:Figure {measure: $measure, period: f.period})
WHERE $scope IS NULL OR same.scope = $scope
WITH f, p, collect(same) AS restatements
// Exact before approximate, then by id: one statement per quantity.
WHERE none(other IN restatements WHERE other.approximate < f.approximate OR (other.approximate = f.approximate AND other.id < f.id))
WITH f.id AS item ORDER BY p.start, p.end, f.id
WITH collect(item) AS items
WITH items, [i IN range(0, size(items) - 1) WHERE items[i] = $after] AS cursorAt
RETURN size(items) AS total,
       CASE WHEN $after IS NULL THEN items[..$limit]
            WHEN size(cursorAt) > 0 THEN items[cursorAt[0] + 1..][..$limit]
            // The cursor's row has left the list (deleted, re-ingested): go on from where its id would sort.
            ELSE [item IN items WHERE item > $after][..$limit] END AS nodes
