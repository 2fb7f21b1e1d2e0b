// list-articles: all articles.
// Parameters: $after (id after which the page starts, or null), $limit
// Columns: total (all articles), nodes (ids ordered by id, at most $limit)
MATCH (a:Article)
WITH a.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
