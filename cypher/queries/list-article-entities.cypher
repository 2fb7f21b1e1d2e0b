// list-article-entities: the people, organisations and programs an article mentions.
// Parameters: $keys, $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal, $labels (a subset of Person, Organization, Program)
// Columns: key, nodes ({id, label}, ordered by id, descending when $backward, at most $limit), total (when $withTotal)
UNWIND $keys AS key
MATCH (a:Article {id: key})
CALL (a) {
  WITH a WHERE $limit > 0
  MATCH (a)-[:MENTIONS]->(e)
  UNWIND [label IN labels(e) WHERE label IN $labels] AS label
  WITH {id: e.id, label: label} AS item
  WHERE $cursor IS NULL OR CASE WHEN $backward THEN item.id < $cursor.key ELSE item.id > $cursor.key END
  WITH item ORDER BY CASE WHEN $backward THEN null ELSE item.id END, item.id DESC LIMIT $limit
  RETURN collect(item) AS nodes
}
CALL (a) {
  WITH a WHERE $withTotal
  MATCH (a)-[:MENTIONS]->(e)
  UNWIND [label IN labels(e) WHERE label IN $labels] AS label
  WITH {id: e.id, label: label} AS item
  RETURN count(item) AS total
}
RETURN key, nodes, total
