// find-article-hash: takes the article's write lock, then reads its stored hashes to tell new,
// unchanged and changed apart. Writers of one article thus go one after another: the second sees
// what the first committed. A new article's node is created here and filled in by merge-article.
// Parameters: $id (article id)
// Columns: contentHash, factsHash (both null for a new article)
MERGE (a:Article {id: $id})
SET a.writeLock = true
REMOVE a.writeLock
RETURN a.contentHash AS contentHash, a.factsHash AS factsHash
