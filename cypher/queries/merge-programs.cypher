// merge-programs: programs of one article, merged by id; aliases accumulate across articles.
// Parameters: $articleId, $programs [{id, name, aliases}]
// Columns: created (programs new to the graph)
MATCH (a:Article {id: $articleId})
UNWIND $programs AS row
MERGE (p:Program {id: row.id})
ON CREATE SET p.name = row.name, p.createdNow = true
SET p.aliases = reduce(acc = [], alias IN coalesce(p.aliases, []) + row.aliases |
      CASE WHEN alias IN acc OR alias = p.name THEN acc ELSE acc + alias END)
SET p.aliasesText = trim(reduce(text = '', alias IN p.aliases | text + ' ' + alias))
MERGE (a)-[:MENTIONS]->(p)
WITH p, coalesce(p.createdNow, false) AS isNew
REMOVE p.createdNow
RETURN count(CASE WHEN isNew THEN 1 END) AS created
