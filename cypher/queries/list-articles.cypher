// list-articles: all articles.
// Parameters: $after (id after which the page starts, or null), $limit, $sort (ID or NEWEST)
// Columns: total (all articles), nodes (ids in the sort order, ties by id, at most $limit)
MATCH (a:Article)
// Newest first, undated articles last.
WITH a.id AS item,
     CASE WHEN $sort = 'NEWEST' AND a.publishedOn IS NOT NULL THEN -duration.inDays(date('1970-01-01'), a.publishedOn).days
          WHEN $sort = 'NEWEST' THEN 1e12 ELSE 0 END AS rank
WITH item ORDER BY rank, item
WITH collect(item) AS items
WITH items, [i IN range(0, size(items) - 1) WHERE items[i] = $after] AS cursorAt
RETURN size(items) AS total,
       CASE WHEN $after IS NULL THEN items[..$limit]
            WHEN size(cursorAt) > 0 THEN items[cursorAt[0] + 1..][..$limit]
            // The cursor's row has left the list (deleted, re-ingested): go on from where its id would sort.
            ELSE [item IN items WHERE item > $after][..$limit] END AS nodes
