// merge-organizations: organisations of one article, merged by id; aliases accumulate across articles.
// Parameters: $articleId, $organizations [{id, name, acronym, aliases, kind}]
// Columns: created (organisations new to the graph)
MATCH (a:Article {id: $articleId})
UNWIND $organizations AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind, o.createdNow = true
WITH a, o, row, coalesce(o.acronym, row.acronym) AS acronym,
     reduce(acc = [], alias IN coalesce(o.aliases, []) + row.aliases |
       CASE WHEN alias IN acc OR alias = o.name THEN acc ELSE acc + alias END) AS aliases
// A node many articles share (ICE) is written only when this article adds a name to it: writes take
// the node's lock until commit, and concurrent ingests would queue behind it.
CALL (o, aliases, acronym) {
  WITH o, aliases, acronym
  WHERE o.aliasesText IS NULL OR aliases <> coalesce(o.aliases, []) OR coalesce(acronym, '') <> coalesce(o.acronym, '')
  SET o.aliases = aliases, o.acronym = acronym,
      o.aliasesText = trim(reduce(text = '', alias IN aliases + CASE WHEN acronym IS NULL OR acronym IN aliases THEN [] ELSE [acronym] END | text + ' ' + alias))
}
// The first article to name an organisation sets its kind; the Agency label follows that kind.
CALL (o) {
  WITH o WHERE o.kind = 'agency' AND NOT o:Agency
  SET o:Agency
}
MERGE (a)-[:MENTIONS]->(o)
WITH o, o.createdNow IS NOT NULL AS isNew
CALL (o, isNew) {
  WITH o WHERE isNew
  REMOVE o.createdNow
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created
