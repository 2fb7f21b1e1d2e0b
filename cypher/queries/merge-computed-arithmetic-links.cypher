// merge-computed-arithmetic-links: an article's own arithmetic that does not add up, found at ingestion (see
// src/ingest/link/linkArticleArithmetic.ts): CONFLICTS_WITH from a derived figure (a change, a multiple) to each of the
// two figures of the same article it is computed from, marked origin 'computed', derived true, withinArticle true.
// delta is not end minus start figure here but the actual change minus the stated one (percentage points for a
// change in percent, the count for a change as a count, the factor for a multiple). Undirected MERGE, as in
// merge-computed-figure-links: a pair that already has a curated link (no origin) keeps it and gets no computed one,
// and a computed link found again (linking an article twice) keeps what it was created with.
// Parameters: $links [{fromId, toId, reason, delta}]
// Columns: links (relationships merged)
UNWIND $links AS link
MATCH (from:Figure {id: link.fromId}), (to:Figure {id: link.toId})
WHERE NOT EXISTS { (from)-[curated:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-(to) WHERE curated.origin IS NULL }
MERGE (from)-[r:CONFLICTS_WITH]-(to)
SET r += CASE WHEN r.origin IS NULL
              THEN {reason: link.reason, derived: true, withinArticle: true, origin: 'computed', delta: link.delta}
              ELSE {} END
RETURN count(r) AS links
