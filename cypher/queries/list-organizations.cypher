// list-organizations: organisations, filtered.
// Parameters: $after (id after which the page starts, or null), $limit, $nameContains (case-insensitive: contained in the name or an alias, or equal to the acronym), $kinds
// Columns: total (rows matching the filters), nodes (ids ordered by id, at most $limit)
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains)
       OR toLower(coalesce(o.acronym, '')) = toLower($nameContains)
       OR any(alias IN o.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($kinds IS NULL OR o.kind IN $kinds)
WITH o.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
