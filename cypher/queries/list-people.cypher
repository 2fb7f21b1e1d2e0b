// list-people: people, filtered.
// Parameters: $after (id after which the page starts, or null), $limit, $nameContains (case-insensitive, on name or aliases), $quoted (true: only people who said something), $roleKinds (kinds of organisation they hold a position at), $roleOrganizationId, $sort (NAME or MOST_QUOTED)
// Columns: total (rows matching the filters), nodes (ids in the sort order, ties by id, at most $limit)
MATCH (p:Person)
WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains)
       OR any(alias IN p.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($quoted IS NULL OR $quoted = EXISTS { (p)-[:SAID]->(:Quote) })
  AND ($roleKinds IS NULL OR EXISTS { (p)-[:HOLDS_ROLE]->(o:Organization) WHERE o.kind IN $roleKinds })
  AND ($roleOrganizationId IS NULL OR EXISTS { (p)-[:HOLDS_ROLE]->(:Organization {id: $roleOrganizationId}) })
WITH p.id AS item, CASE $sort WHEN 'MOST_QUOTED' THEN -COUNT { (p)-[:SAID]->(:Quote) } ELSE 0 END AS rank
WITH item ORDER BY rank, item
WITH collect(item) AS items
WITH items, [i IN range(0, size(items) - 1) WHERE items[i] = $after] AS cursorAt
RETURN size(items) AS total,
       CASE WHEN $after IS NULL THEN items[..$limit]
            WHEN size(cursorAt) > 0 THEN items[cursorAt[0] + 1..][..$limit]
            // The cursor's row has left the list (deleted, re-ingested): go on from where its id would sort.
            ELSE [item IN items WHERE item > $after][..$limit] END AS nodes
