// merge-organizations: organisations of one article, merged by id; aliases accumulate across articles.
// Parameters: $articleId, $organizations [{id, name, acronym, aliases, kind}]
// Columns: created (organisations new to the graph)
MATCH (a:Article {id: $articleId})
UNWIND $organizations AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind, o.createdNow = true
SET o.acronym = coalesce(o.acronym, row.acronym),
    o.aliases = reduce(acc = [], alias IN coalesce(o.aliases, []) + row.aliases |
      CASE WHEN alias IN acc OR alias = o.name THEN acc ELSE acc + alias END)
SET o.aliasesText = trim(reduce(text = '', alias IN o.aliases + CASE WHEN o.acronym IS NULL OR o.acronym IN o.aliases THEN [] ELSE [o.acronym] END | text + ' ' + alias))
// The first article to name an organisation sets its kind; the Agency label follows that kind.
FOREACH (_ IN CASE WHEN o.kind = 'agency' THEN [1] ELSE [] END | SET o:Agency)
MERGE (a)-[:MENTIONS]->(o)
WITH o, coalesce(o.createdNow, false) AS isNew
REMOVE o.createdNow
RETURN count(CASE WHEN isNew THEN 1 END) AS created
