// list-programs: programs, filtered.
// Parameters: $after (id after which the page starts, or null), $limit, $nameContains (case-insensitive, on name or aliases)
// Columns: total (rows matching the filters), nodes (ids ordered by id, at most $limit)
MATCH (p:Program)
WHERE $nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains)
   OR any(alias IN p.aliases WHERE toLower(alias) CONTAINS toLower($nameContains))
WITH p.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
