// Property indexes behind the filters the API offers.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX figure_measure_period IF NOT EXISTS FOR (n:Figure) ON (n.measure, n.period);
CREATE INDEX figure_period IF NOT EXISTS FOR (n:Figure) ON (n.period);
CREATE INDEX figure_value IF NOT EXISTS FOR (n:Figure) ON (n.value);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
