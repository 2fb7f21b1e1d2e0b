// merge-computed-figure-links: figure links computed at ingestion (see src/ingest/link/linkArticleFigures.ts), marked
// origin 'computed'. Undirected, as in merge-figure-links, so a pair found from either end is one relationship; a pair
// that already has a curated link (no origin) keeps it and gets no computed one, and a computed link found again
// (linking an article twice, or from the pair's other end) keeps what it was created with.
// Rather than MERGE, which locks and expands both figures of every pair (the other one often has hundreds of links),
// the links already there are read once from the article's figure (`from`, few links) and only the missing ones are
// created. Exact when $links holds each pair once (linkArticleFigures lists it once) and no other transaction links
// the same pair meanwhile: at ingestion the article's figures are new in this transaction, so no other one sees them.
// delta is end minus start figure (same unit: the linker only relates figures of one unit).
// Parameters: $links [{fromId, toId, relation: 'same' | 'close' | 'conflict', reason, withinArticle}]
// Columns: links (pairs linked: created now or found already computed)
UNWIND $links AS link
MATCH (from:Figure {id: link.fromId}), (to:Figure {id: link.toId})
// A candidate whose article was rewritten since it was read may now be a restatement under the same id.
WHERE to:FirstStatement
WITH from, to, link,
     [r IN [(from)-[linked:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-() | linked] WHERE startNode(r) = to OR endNode(r) = to] AS existing
WHERE none(r IN existing WHERE r.origin IS NULL)
CALL (from, to, link, existing) {
  WITH link WHERE link.relation = 'same' AND none(r IN existing WHERE r:SAME_QUANTITY_AS)
  CREATE (from)-[r:SAME_QUANTITY_AS]->(to)
  SET r += {reason: link.reason, derived: false, withinArticle: link.withinArticle, origin: 'computed', delta: to.value - from.value}
}
CALL (from, to, link, existing) {
  WITH link WHERE link.relation = 'close' AND none(r IN existing WHERE r:CLOSE_TO)
  CREATE (from)-[r:CLOSE_TO]->(to)
  SET r += {reason: link.reason, derived: false, withinArticle: link.withinArticle, origin: 'computed', delta: to.value - from.value}
}
CALL (from, to, link, existing) {
  WITH link WHERE link.relation = 'conflict' AND none(r IN existing WHERE r:CONFLICTS_WITH)
  CREATE (from)-[r:CONFLICTS_WITH]->(to)
  SET r += {reason: link.reason, derived: false, withinArticle: link.withinArticle, origin: 'computed', delta: to.value - from.value}
}
RETURN count(*) AS links
