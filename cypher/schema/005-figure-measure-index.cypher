// Figures by measure (the Measure node's id, copied onto the figure) with period and value, or with value, so that
// linking a new figure seeks its few nearest candidates in index order instead of reading every figure of its measure.
CREATE INDEX figure_measure_id_period_value IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.period, n.value);
CREATE INDEX figure_measure_id_value IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value);
