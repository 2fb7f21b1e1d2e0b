// list-organizations: organisations, filtered.
// Parameters: $after (id after which the page starts, or null), $limit, $nameContains (case-insensitive: contained in the name or an alias, or equal to the acronym), $kinds, $sort (NAME or MOST_QUOTED)
// Columns: total (rows matching the filters), nodes (ids in the sort order, ties by id, at most $limit)
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains)
       OR toLower(coalesce(o.acronym, '')) = toLower($nameContains)
       OR any(alias IN o.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($kinds IS NULL OR o.kind IN $kinds)
WITH o.id AS item, CASE $sort WHEN 'MOST_QUOTED' THEN -COUNT { (o)-[:SAID]->(:Quote) } ELSE 0 END AS rank
WITH item ORDER BY rank, item
WITH collect(item) AS items
WITH items, [i IN range(0, size(items) - 1) WHERE items[i] = $after] AS cursorAt
RETURN size(items) AS total,
       CASE WHEN $after IS NULL THEN items[..$limit]
            WHEN size(cursorAt) > 0 THEN items[cursorAt[0] + 1..][..$limit]
            // The cursor's row has left the list (deleted, re-ingested): go on from where its id would sort.
            ELSE [item IN items WHERE item > $after][..$limit] END AS nodes
