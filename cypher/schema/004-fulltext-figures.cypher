// Full-text search over how figures are worded and what they measure.
CREATE FULLTEXT INDEX figure_text IF NOT EXISTS FOR (n:Figure) ON EACH [n.valueText, n.measure, n.measureDetail, n.scope];
