// list-people: people, filtered.
// Parameters: $after (id after which the page starts, or null), $limit, $nameContains (case-insensitive, on name or aliases), $quoted (true: only people who said something), $roleKinds (kinds of organisation they hold a position at), $roleOrganizationId
// Columns: total (rows matching the filters), nodes (ids ordered by id, at most $limit)
MATCH (p:Person)
WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains)
       OR any(alias IN p.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($quoted IS NULL OR $quoted = EXISTS { (p)-[:SAID]->(:Quote) })
  AND ($roleKinds IS NULL OR EXISTS { (p)-[:HOLDS_ROLE]->(o:Organization) WHERE o.kind IN $roleKinds })
  AND ($roleOrganizationId IS NULL OR EXISTS { (p)-[:HOLDS_ROLE]->(:Organization {id: $roleOrganizationId}) })
WITH p.id AS item
WITH item ORDER BY item
WITH collect(item) AS items
RETURN size(items) AS total, [item IN items WHERE $after IS NULL OR item > $after][..$limit] AS nodes
