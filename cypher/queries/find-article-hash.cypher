// find-article-hash: the stored content hash of an article, to tell new, unchanged and changed apart.
// Parameters: $id (article id)
// Columns: contentHash (null when the article is not stored)
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
