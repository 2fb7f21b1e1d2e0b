// merge-entities: folds one entity into another of the same label. Every relationship type that
// touches people, organisations or programs (docs/graph-model.md) is moved, in and out, with one
// MERGE per type and direction so that no duplicate arises; properties are copied, and the articles'
// statements of PART_OF/RUN_BY (partOf, runBy on their MENTIONS) name the kept id. A PART_OF between
// the two would become a loop and is dropped, with the statements of it. The merged node's name,
// acronym and aliases become aliases of the kept one, its id goes to the kept node's `mergedIds`, and
// it is deleted with a plain DELETE: a relationship of a type missing here fails the transaction
// instead of being lost.
// Parameters: $label ('Person' | 'Organization' | 'Program'), $keepId, $mergeId
// Columns: id (the kept node's)
CALL () {
  MATCH (k:Person {id: $keepId}), (m:Person {id: $mergeId}) WHERE $label = 'Person' RETURN k, m
  UNION
  MATCH (k:Organization {id: $keepId}), (m:Organization {id: $mergeId}) WHERE $label = 'Organization' RETURN k, m
  UNION
  MATCH (k:Program {id: $keepId}), (m:Program {id: $mergeId}) WHERE $label = 'Program' RETURN k, m
}
CALL (k, m) {
  MATCH (m)-[r:PART_OF]-(k)
  DELETE r
}
CALL (k, m) {
  MATCH (:Article)-[stated:MENTIONS]->(x)
  WHERE (x = m AND stated.partOf = k.id) OR (x = k AND stated.partOf = m.id)
  REMOVE stated.partOf
}
// Incoming: (:Article)-[:MENTIONS|PUBLISHED_BY|WRITTEN_BY|CITES]->, (:Quote)-[:ABOUT]->, (:Figure)-[:ATTRIBUTED_TO]->
CALL (k, m) {
  MATCH (x)-[r:MENTIONS]->(m)
  MERGE (x)-[n:MENTIONS]->(k) ON CREATE SET n = properties(r)
  ON MATCH SET n.partOf = coalesce(n.partOf, r.partOf), n.runBy = coalesce(n.runBy, r.runBy)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:PUBLISHED_BY]->(m)
  MERGE (x)-[n:PUBLISHED_BY]->(k) ON CREATE SET n = properties(r)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:WRITTEN_BY]->(m)
  MERGE (x)-[n:WRITTEN_BY]->(k) ON CREATE SET n = properties(r)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:CITES]->(m)
  MERGE (x)-[n:CITES]->(k) ON CREATE SET n = properties(r)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:ABOUT]->(m)
  MERGE (x)-[n:ABOUT]->(k) ON CREATE SET n = properties(r)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:ATTRIBUTED_TO]->(m)
  MERGE (x)-[n:ATTRIBUTED_TO]->(k) ON CREATE SET n = properties(r)
  DELETE r
}
// Outgoing: -[:SAID]->(:Quote)
CALL (k, m) {
  MATCH (m)-[r:SAID]->(x)
  MERGE (k)-[n:SAID]->(x) ON CREATE SET n = properties(r)
  DELETE r
}
// HOLDS_ROLE is one relationship per (article, title): out of a person, into an organisation.
CALL (k, m) {
  MATCH (m)-[r:HOLDS_ROLE]->(x)
  MERGE (k)-[n:HOLDS_ROLE {article: r.article, title: r.title}]->(x)
  ON CREATE SET n = properties(r)
  ON MATCH SET n.unit = coalesce(n.unit, r.unit)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:HOLDS_ROLE]->(m)
  MERGE (x)-[n:HOLDS_ROLE {article: r.article, title: r.title}]->(k)
  ON CREATE SET n = properties(r)
  ON MATCH SET n.unit = coalesce(n.unit, r.unit)
  DELETE r
}
// PART_OF (organisation to organisation, both ways) and RUN_BY (program out, organisation in); the articles that
// state a part or program of the merged node now state it of the kept one.
CALL (k, m) {
  MATCH (m)-[r:PART_OF]->(x)
  MERGE (k)-[:PART_OF]->(x)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:PART_OF]->(m)
  MERGE (x)-[:PART_OF]->(k)
  DELETE r
  WITH x
  MATCH (:Article)-[stated:MENTIONS {partOf: m.id}]->(x)
  SET stated.partOf = k.id
}
CALL (k, m) {
  MATCH (m)-[r:RUN_BY]->(x)
  MERGE (k)-[:RUN_BY]->(x)
  DELETE r
}
CALL (k, m) {
  MATCH (x)-[r:RUN_BY]->(m)
  MERGE (x)-[:RUN_BY]->(k)
  DELETE r
  WITH x
  MATCH (:Article)-[stated:MENTIONS {runBy: m.id}]->(x)
  SET stated.runBy = k.id
}
// Names: the kept name stays canonical; the merged acronym becomes the kept one's when it has none, else an alias.
WITH k, m, coalesce(k.acronym, m.acronym) AS acronym
WITH k, m, acronym,
     reduce(acc = [], alias IN coalesce(k.aliases, []) + [m.name] + coalesce(m.aliases, []) + CASE WHEN m.acronym IS NULL OR m.acronym = acronym THEN [] ELSE [m.acronym] END |
       CASE WHEN alias IN acc OR alias = k.name THEN acc ELSE acc + alias END) AS aliases
SET k.acronym = acronym,
    k.aliases = aliases,
    k.aliasesText = trim(reduce(text = '', alias IN aliases + CASE WHEN acronym IS NULL OR acronym IN aliases THEN [] ELSE [acronym] END | text + ' ' + alias)),
    k.mergedIds = reduce(acc = coalesce(k.mergedIds, []), id IN [m.id] + coalesce(m.mergedIds, []) | CASE WHEN id IN acc THEN acc ELSE acc + id END)
DELETE m
RETURN k.id AS id
