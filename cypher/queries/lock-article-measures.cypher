// lock-article-measures: takes, until the transaction ends, the write lock of each Measure node of an article's
// first statements (the figures linked by value; see merge-restatements), in id order (so that two linkers never wait
// on each other in a cycle). Figures are linked only to figures of their own measure, and a transaction reads only what others have committed: without
// the lock, two articles of one measure ingested at once would each miss the other's figures, and never be linked.
// With it, the second waits for the first to commit, then reads its figures. Setting and removing a property leaves
// the node as it was; it is the only way Cypher has to take a node's lock. Creating a figure's MEASURES earlier in the
// transaction does not hold this lock on a measure with many figures (Neo4j locks a dense node's relationship chains,
// not the node), so concurrent writers reach this point and queue here (no deadlock retries at four in flight).
// Parameters: $articleId
// Columns: measures (how many were locked)
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(:FirstStatement)-[:MEASURES]->(m:Measure)
WITH DISTINCT m ORDER BY m.id
SET m.linking = true
REMOVE m.linking
RETURN count(m) AS measures
