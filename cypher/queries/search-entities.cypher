// search-entities: people, organisations and programs whose name or aliases match, best first.
// Parameters: $query (a Lucene query built from the user's words, with no syntax of theirs left), $labels, $limit
// Columns: id, label, score
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
UNWIND [label IN labels(node) WHERE label IN $labels] AS label
RETURN node.id AS id, label, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
