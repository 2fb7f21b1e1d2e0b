// merge-article: the article node itself, keyed by id.
// Parameters: $article {id, title, titleInferred, url, publishedOn, contentHash, textLength}, $factsHash, $ingestedAt (ISO datetime)
// Columns: id
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.titleInferred = $article.titleInferred,
    a.url = $article.url,
    a.publishedOn = CASE WHEN $article.publishedOn IS NULL THEN null ELSE date($article.publishedOn) END,
    a.contentHash = $article.contentHash,
    a.factsHash = $factsHash,
    a.textLength = toInteger($article.textLength),
    a.ingestedAt = datetime($ingestedAt)
RETURN a.id AS id
