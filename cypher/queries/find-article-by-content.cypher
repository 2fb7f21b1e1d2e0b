// find-article-by-content: the article, under any id, whose text has this SHA-256, so that the same
// text ingested again from another file or URL is recognised as already stored.
// Parameters: $contentHash
// Columns: id
MATCH (a:Article {contentHash: $contentHash})
RETURN a.id AS id
ORDER BY id
LIMIT 1
