// merge-programs: programs of one article, merged by id; aliases accumulate across articles.
// Parameters: $articleId, $programs [{id, name, aliases}]
// Columns: created (programs new to the graph)
MATCH (a:Article {id: $articleId})
UNWIND $programs AS row
MERGE (p:Program {id: row.id})
ON CREATE SET p.name = row.name, p.createdNow = true
WITH a, p, row, reduce(acc = [], alias IN coalesce(p.aliases, []) + row.aliases |
      CASE WHEN alias IN acc OR alias = p.name THEN acc ELSE acc + alias END) AS aliases
// A node many articles share is written only when this article adds a name to it: writes take the
// node's lock until commit, and concurrent ingests would queue behind it.
CALL (p, aliases) {
  WITH p, aliases WHERE p.aliasesText IS NULL OR aliases <> coalesce(p.aliases, [])
  SET p.aliases = aliases, p.aliasesText = trim(reduce(text = '', alias IN aliases | text + ' ' + alias))
}
MERGE (a)-[:MENTIONS]->(p)
WITH p, p.createdNow IS NOT NULL AS isNew
CALL (p, isNew) {
  WITH p WHERE isNew
  REMOVE p.createdNow
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created
