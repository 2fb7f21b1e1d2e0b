// search-text: full-text search over names and aliases, quote text, article titles and figure wording, best first.
// Scores of different indexes are Lucene scores of their own; at most 1,000 hits are ranked.
// Parameters: $query (a Lucene query built from the user's words, with no syntax of theirs left),
//   $labels (any of Person, Organization, Program, Quote, Article, Figure),
//   $cursor ({rank: score, key: hit id} after, or before when $backward, which the page starts; or null), $backward, $limit, $withTotal
// Columns: nodes ([{id: 'Label:id', nodeId, label, score, text}], best first, reversed when $backward, at most $limit),
//   ranks (their scores), total (hits ranked, when $withTotal)
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
// At most 1,000 ranked hits: the page is cut from the ranked list by the cursor's score and key.
WITH collect(hit) AS ranked
WITH ranked, CASE WHEN $backward
       THEN reverse([hit IN ranked WHERE $cursor IS NULL OR hit.score > $cursor.rank OR (hit.score = $cursor.rank AND hit.id < $cursor.key)])[..$limit]
       ELSE [hit IN ranked WHERE $cursor IS NULL OR hit.score < $cursor.rank OR (hit.score = $cursor.rank AND hit.id > $cursor.key)][..$limit]
     END AS page
RETURN page AS nodes, [hit IN page | hit.score] AS ranks, CASE WHEN $withTotal THEN size(ranked) END AS total
