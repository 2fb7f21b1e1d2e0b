// Full-text search over names and aliases (aliasesText joins the aliases list) and quote text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Program) ON EACH [n.name, n.aliasesText];
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text];
CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
