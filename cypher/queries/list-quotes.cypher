// list-quotes: quotes, filtered; every filter is optional.
// Parameters: $after (id after which the page starts, or null), $limit, $speakerId, $articleId, $direct, $textContains (case-insensitive)
// Columns: total (rows matching the filters), nodes (ids ordered by id, at most $limit)
MATCH (s)-[:SAID]->(q:Quote)-[:REPORTED_IN]->(a:Article)
WHERE ($speakerId IS NULL OR s.id = $speakerId)
  AND ($articleId IS NULL OR a.id = $articleId)
  AND ($direct IS NULL OR q.direct = $direct)
  AND ($textContains IS NULL OR toLower(q.text) CONTAINS toLower($textContains))
WITH q.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
