// list-discrepancies: pairs of figures that conflict, or are close but different, with how far apart they are.
// Parameters: $types (CLOSE_TO, CONFLICTS_WITH), $measure (either figure measures it; null for all), $articleId (either
//   figure is stated there, or restated in the same words; null for all), $withinArticle (true: findings that rest on one article's own figures; false: the others; null: all),
//   $maxPercent (largest relative difference in percent; null for any),
//   $cursor ({key} after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: nodes ({id, relation, reason, delta, percent, derived, confidence, claimId, otherId}, ordered by id, descending when
//   $backward, at most $limit), total (when $withTotal)
MATCH (claim:Figure)-[r:CLOSE_TO|CONFLICTS_WITH]->(other:Figure)
WHERE type(r) IN $types
  AND ($measure IS NULL OR claim.measure = $measure OR other.measure = $measure)
  AND ($articleId IS NULL OR EXISTS { (claim)-[:REPORTED_IN]->(:Article {id: $articleId}) }
       OR EXISTS { (other)-[:REPORTED_IN]->(:Article {id: $articleId}) }
       OR EXISTS { (claim)<-[:RESTATES]-(:Figure)-[:REPORTED_IN]->(:Article {id: $articleId}) }
       OR EXISTS { (other)<-[:RESTATES]-(:Figure)-[:REPORTED_IN]->(:Article {id: $articleId}) })
  AND ($withinArticle IS NULL OR $withinArticle = coalesce(r.withinArticle, false))
WITH claim, other, r, type(r) + '|' + claim.id + '|' + other.id AS id,
     // A derived finding compares a stated change with the one its figures imply: no percentage of values.
     CASE WHEN coalesce(r.derived, false) THEN null
          WHEN claim.unit = other.unit AND (abs(claim.value) > 0 OR abs(other.value) > 0)
          THEN 100.0 * abs(other.value - claim.value) / CASE WHEN abs(claim.value) > abs(other.value) THEN abs(claim.value) ELSE abs(other.value) END
     END AS percent
WHERE ($maxPercent IS NULL OR percent <= $maxPercent)
WITH {id: id, relation: type(r), reason: r.reason, delta: r.delta, percent: percent, derived: r.derived,
      confidence: r.confidence, claimId: claim.id, otherId: other.id} AS item
ORDER BY item.id
// Findings are few (links between figures, not figures), so the page is cut from the whole ordered list.
WITH collect(item) AS found
RETURN CASE WHEN $backward THEN reverse([item IN found WHERE $cursor IS NULL OR item.id < $cursor.key])[..$limit]
            ELSE [item IN found WHERE $cursor IS NULL OR item.id > $cursor.key][..$limit] END AS nodes,
       CASE WHEN $withTotal THEN size(found) END AS total
