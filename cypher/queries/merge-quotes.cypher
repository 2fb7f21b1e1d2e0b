// merge-quotes: an article's quotes with their speaker, span and what they are about.
// Parameters: $articleId, $quotes [{id, text, direct, verb, speaker {id, label}, aboutFigureIds,
//   aboutEntities [{id, label}], start, end}]
// Columns: quotes
MATCH (a:Article {id: $articleId})
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.direct = row.direct, q.verb = row.verb
MERGE (q)-[span:REPORTED_IN]->(a)
SET span.start = toInteger(row.start), span.end = toInteger(row.end)
WITH q, row
CALL (q, row) {
  CALL (row) {
    MATCH (s:Person {id: row.speaker.id}) WHERE row.speaker.label = 'Person' RETURN s
    UNION
    MATCH (s:Organization {id: row.speaker.id}) WHERE row.speaker.label = 'Organization' RETURN s
  }
  MERGE (s)-[:SAID]->(q)
}
CALL (q, row) {
  UNWIND row.aboutFigureIds AS figureId
  MATCH (f:Figure {id: figureId})
  MERGE (q)-[:ABOUT]->(f)
}
CALL (q, row) {
  UNWIND row.aboutEntities AS ref
  CALL (ref) {
    MATCH (e:Person {id: ref.id}) WHERE ref.label = 'Person' RETURN e
    UNION
    MATCH (e:Organization {id: ref.id}) WHERE ref.label = 'Organization' RETURN e
    UNION
    MATCH (e:Program {id: ref.id}) WHERE ref.label = 'Program' RETURN e
  }
  MERGE (q)-[:ABOUT]->(e)
}
RETURN count(q) AS quotes
