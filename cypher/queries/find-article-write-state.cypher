// find-article-write-state: what writing an article has to do, in one round trip. First the article, under any id,
// whose text has this SHA-256 (only when $anyIdWithText: the same text ingested again from another file or URL is
// recognised as stored); unless that is another article, then takes the article's write lock and reads its stored
// hashes to tell new, unchanged and changed apart. Writers of one article thus go one after another: the second sees
// what the first committed. A new article's node is created here and filled in by merge-article-facts.
// Parameters: $id (article id), $contentHash, $anyIdWithText (boolean)
// Columns: sameTextId (the lowest id of an article with this text, or null; when it is another article's, nothing
//   was locked and the hashes are null), contentHash, factsHash (both null for a new article)
CALL () {
  OPTIONAL MATCH (same:Article {contentHash: $contentHash})
  WHERE $anyIdWithText
  RETURN min(same.id) AS sameTextId
}
// Aggregating, so that the subquery gives its one row also when it locks nothing.
CALL (sameTextId) {
  WITH sameTextId WHERE sameTextId IS NULL OR sameTextId = $id
  MERGE (a:Article {id: $id})
  SET a.writeLock = true
  REMOVE a.writeLock
  RETURN collect({contentHash: a.contentHash, factsHash: a.factsHash}) AS stored
}
RETURN sameTextId, stored[0].contentHash AS contentHash, stored[0].factsHash AS factsHash
