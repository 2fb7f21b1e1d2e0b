// merge-figure-links: figures that are the same quantity, close but different, or in conflict.
// Undirected MERGE: a group listed the other way round finds the same relationship.
// delta (to minus from) is set only when both figures have the same unit.
// Parameters: $links [{fromId, toId, relation: 'same' | 'close' | 'conflict', reason, derived, confidence,
//   withinArticle (the finding rests on one article's own figures)}]
// Columns: links
UNWIND $links AS link
MATCH (from:Figure {id: link.fromId}), (to:Figure {id: link.toId})
CALL (from, to, link) {
  WITH link WHERE link.relation = 'same'
  MERGE (from)-[r:SAME_QUANTITY_AS]-(to)
  SET r.reason = link.reason, r.derived = link.derived, r.confidence = link.confidence, r.withinArticle = link.withinArticle, r.delta = CASE WHEN to.unit = from.unit THEN to.value - from.value END
  RETURN r
  UNION
  WITH link WHERE link.relation = 'close'
  MERGE (from)-[r:CLOSE_TO]-(to)
  SET r.reason = link.reason, r.derived = link.derived, r.confidence = link.confidence, r.withinArticle = link.withinArticle, r.delta = CASE WHEN to.unit = from.unit THEN to.value - from.value END
  RETURN r
  UNION
  WITH link WHERE link.relation = 'conflict'
  MERGE (from)-[r:CONFLICTS_WITH]-(to)
  SET r.reason = link.reason, r.derived = link.derived, r.confidence = link.confidence, r.withinArticle = link.withinArticle, r.delta = CASE WHEN to.unit = from.unit THEN to.value - from.value END
  RETURN r
}
RETURN count(r) AS links
