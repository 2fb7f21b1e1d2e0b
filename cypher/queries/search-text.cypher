// search-text: full-text search over names and aliases, quote text, article titles and figure wording, best first.
// Scores of different indexes are Lucene scores of their own; at most 1,000 hits are ranked.
// Parameters: $query (a Lucene query built from the user's words, with no syntax of theirs left),
//   $labels (any of Person, Organization, Program, Quote, Article, Figure), $after (hit key, or null), $limit
// Columns: total (hits ranked), nodes ([{id: 'Label:id', nodeId, label, score, text}], at most $limit)
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  UNWIND [label IN labels(node) WHERE label IN $labels] AS label
  RETURN node, label, score, node.name AS text
  UNION ALL
  CALL db.index.fulltext.queryNodes('quote_text', $query) YIELD node, score
  WITH node, score WHERE 'Quote' IN $labels
  RETURN node, 'Quote' AS label, score, node.text AS text
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_title', $query) YIELD node, score
  WITH node, score WHERE 'Article' IN $labels
  RETURN node, 'Article' AS label, score, node.title AS text
  UNION ALL
  CALL db.index.fulltext.queryNodes('figure_text', $query) YIELD node, score
  WITH node, score WHERE 'Figure' IN $labels
  RETURN node, 'Figure' AS label, score, node.valueText + ' (' + node.measure + coalesce(', ' + node.period, '') + ')' AS text
}
WITH {id: label + ':' + node.id, nodeId: node.id, label: label, score: score, text: text} AS hit
ORDER BY hit.score DESC, hit.id
LIMIT 1000
WITH collect(hit) AS hits
WITH hits, [i IN range(0, size(hits) - 1) WHERE hits[i].id = $after] AS cursorAt
RETURN size(hits) AS total,
       CASE WHEN $after IS NULL THEN hits[..$limit]
            WHEN size(cursorAt) > 0 THEN hits[cursorAt[0] + 1..][..$limit]
            // The cursor's hit no longer ranks: go on from where its key would sort.
            ELSE [hit IN hits WHERE hit.id > $after][..$limit] END AS nodes
