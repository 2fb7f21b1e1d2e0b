// merge-restatements: links each linkable figure of an article (a measure and a period, not derived) that states
// another article's figure in the very same words (measure, period, scope, unit, value, qualifier and wording, each
// whatever its case: "Nearly 410,000" opening a sentence is "nearly 410,000") to that figure's first statement, with
// RESTATES, and takes away its FirstStatement label, so that it is no candidate for linking: a restatement's relations
// are those of its first statement (list-figure-links reads them through it). An article's links are then bounded by
// the distinct claims it makes, not by how often each was made before. A figure restates no figure of its own article:
// two mentions in one text are linked to each other as the same quantity.
// Runs inside the article's write transaction, after merge-article-facts and before the linker's measure lock: a
// first statement is only ever replaced under that lock (delete-article-facts), and one that a concurrent
// transaction has not committed yet is not seen, so both become first statements and are linked to each other.
// Parameters: $articleId
// Columns: restatements (figures linked to the statement they restate)
MATCH (a:Article {id: $articleId})<-[:REPORTED_IN]-(f:FirstStatement)
CALL (a, f) {
  MATCH (first:FirstStatement)
  USING INDEX first:FirstStatement(measureId, period, value, id)
  WHERE first.measureId = f.measureId AND first.period = f.period AND first.value = f.value AND first.id IS NOT NULL
    AND toLower(first.valueText) = toLower(f.valueText) AND first.unit = f.unit
    AND toLower(coalesce(first.qualifier, '')) = toLower(coalesce(f.qualifier, ''))
    AND ((first.scope IS NULL AND f.scope IS NULL) OR toLower(first.scope) = toLower(f.scope))
    AND NOT EXISTS { (first)-[:REPORTED_IN]->(a) }
  WITH first ORDER BY first.measureId, first.period, first.value, first.id LIMIT 1
  RETURN first
}
REMOVE f:FirstStatement
CREATE (f)-[r:RESTATES]->(first)
SET r += {reason: "repeats '" + f.valueText + "' in the same words, for the same measure, period and scope", derived: false,
          withinArticle: false, origin: 'computed', delta: 0}
RETURN count(r) AS restatements
