// find-article-hash: the stored hashes of an article, to tell new, unchanged and changed apart.
// Parameters: $id (article id)
// Columns: contentHash, factsHash (both null when the article is not stored)
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash, a.factsHash AS factsHash
