// Full-text search over how figures are worded and what they measure; eventually consistent, as quote text (003).
CREATE FULLTEXT INDEX figure_text IF NOT EXISTS FOR (n:Figure) ON EACH [n.valueText, n.measure, n.measureDetail, n.scope] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
