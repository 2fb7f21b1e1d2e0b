// list-timeline: the figures reported for one measure, ordered by period; a figure restated elsewhere
// (SAME_QUANTITY_AS, same measure and period) appears once, as its most precise statement, and one repeated in the
// same words (RESTATES) as its first statement.
// Periods are read in order and each one's figures only when the page still needs them, so a page
// costs what it returns, not the whole timeline.
// Parameters: $measure, $scope (or null for every scope), $cursor ({rank: 'start/end' of the period, key: figure id}
//   after, or before when $backward, which the page starts; or null), $backward, $limit (0 for no page), $withTotal
// Columns: nodes (figures as get-figures returns them, in period order, then by id; reversed when $backward; at most $limit), ranks (their periods'
//   'start/end'), total (points on the timeline, when $withTotal)
MATCH (p:Period)
WITH toString(p.start) + '/' + toString(p.end) AS rank, collect(p) AS periods
WHERE $cursor IS NULL OR CASE WHEN $backward THEN rank <= $cursor.rank ELSE rank >= $cursor.rank END
WITH rank, periods ORDER BY CASE WHEN $backward THEN null ELSE rank END, rank DESC
CALL (rank, periods) {
  UNWIND periods AS p
  MATCH (f:Figure)-[:FOR_PERIOD]->(p)
  WHERE f.measure = $measure AND ($scope IS NULL OR f.scope = $scope) AND NOT EXISTS { (f)-[:RESTATES]->() }
    AND ($cursor IS NULL OR rank <> $cursor.rank OR CASE WHEN $backward THEN f.id < $cursor.key ELSE f.id > $cursor.key END)
  OPTIONAL MATCH (f)-[:SAME_QUANTITY_AS]-(same:Figure {measure: $measure, period: f.period})
  WHERE $scope IS NULL OR same.scope = $scope
  WITH f, collect(same) AS restatements
  // Exact before approximate, then by id: one statement per quantity.
  WHERE none(other IN restatements WHERE other.approximate < f.approximate OR (other.approximate = f.approximate AND other.id < f.id))
  RETURN f ORDER BY CASE WHEN $backward THEN null ELSE f.id END, f.id DESC
}
WITH f, rank LIMIT $limit
CALL (f) {
  MATCH (f)-[span:REPORTED_IN]->(a:Article)
  OPTIONAL MATCH (f)-[:FOR_PERIOD]->(period:Period)
  OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(source)
  // The node as get-figures returns it, so that the timeline needs no second query.
  RETURN f {
    .id, .value, .valueText, .approximate, .qualifier, .unit, .measure, .measureDetail, .period, .scope, .derived,
    periodStart: toString(period.start), periodEnd: toString(period.end),
    articleId: a.id, start: span.start, end: span.end,
    // The article as get-articles returns it: no query of its own follows.
    article: a {
      .id, .title, .titleInferred, .url, .contentHash, .textLength,
      publishedOn: toString(a.publishedOn), ingestedAt: toString(a.ingestedAt),
      publisherId: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(publisher:Organization) RETURN publisher.id LIMIT 1 }[0]
    },
    source: CASE WHEN source IS NULL THEN null
      // As get-people or get-organizations returns it: no query of its own follows.
      WHEN source:Person THEN source {.id, .name, aliases: coalesce(source.aliases, []), __typename: 'Person'}
      ELSE source {
        .id, .name, .acronym, .kind, aliases: coalesce(source.aliases, []), isAgency: source:Agency,
        partOfId: COLLECT { MATCH (source)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id LIMIT 1 }[0],
        __typename: 'Organization'
      }
    END
  } AS node
}
WITH collect(node) AS nodes, collect(rank) AS ranks
CALL () {
  WITH 1 AS counting WHERE $withTotal
  MATCH (f:Figure {measure: $measure})-[:FOR_PERIOD]->(:Period)
  WHERE ($scope IS NULL OR f.scope = $scope) AND NOT EXISTS { (f)-[:RESTATES]->() }
  OPTIONAL MATCH (f)-[:SAME_QUANTITY_AS]-(same:Figure {measure: $measure, period: f.period})
  WHERE $scope IS NULL OR same.scope = $scope
  WITH f, collect(same) AS restatements
  WHERE none(other IN restatements WHERE other.approximate < f.approximate OR (other.approximate = f.approximate AND other.id < f.id))
  RETURN count(f) AS total
}
RETURN nodes, ranks, total
