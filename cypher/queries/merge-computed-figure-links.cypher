// merge-computed-figure-links: figure links computed at ingestion (see src/ingest/link/linkArticleFigures.ts), marked
// origin 'computed'. Undirected MERGE, as in merge-figure-links, so a pair found from either end is one relationship;
// a pair that already has a curated link (no origin) keeps it and gets no computed one, and a computed link found
// again (linking an article twice, or from the pair's other end) keeps what it was created with.
// delta is end minus start figure (same unit: the linker only relates figures of one unit).
// Parameters: $links [{fromId, toId, relation: 'same' | 'close' | 'conflict', reason, withinArticle}]
// Columns: links (relationships merged)
UNWIND $links AS link
MATCH (from:Figure {id: link.fromId}), (to:Figure {id: link.toId})
WHERE NOT EXISTS { (from)-[curated:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(to) WHERE curated.origin IS NULL }
CALL (from, to, link) {
  WITH link WHERE link.relation = 'same'
  MERGE (from)-[r:SAME_QUANTITY_AS]-(to)
  RETURN r
  UNION
  WITH link WHERE link.relation = 'close'
  MERGE (from)-[r:CLOSE_TO]-(to)
  RETURN r
  UNION
  WITH link WHERE link.relation = 'conflict'
  MERGE (from)-[r:CONFLICTS_WITH]-(to)
  RETURN r
}
SET r += CASE WHEN r.origin IS NULL
              THEN {reason: link.reason, derived: false, withinArticle: link.withinArticle, origin: 'computed',
                    delta: endNode(r).value - startNode(r).value}
              ELSE {} END
RETURN count(r) AS links
