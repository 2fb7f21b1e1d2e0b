// Full-text search over names and aliases (aliasesText joins the aliases list) and quote text.
// Quote text and article titles are eventually consistent: Lucene takes their updates in the background, where a
// synchronous index would refresh its reader in every ingesting transaction's commit (more than half of an article's
// commit time, measured). A search may thus miss an article committed a moment ago; durability is the same (the
// indexes are recovered from the transaction log). Names stay synchronous: entities change seldom, and a merge of
// two entities is searched for at once.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Program) ON EACH [n.name, n.aliasesText];
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (n:Article) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
