// Figures by measure (the Measure node's id, copied onto the figure) with period or value, so that
// linking a new figure seeks its few candidates instead of walking every figure of its measure.
CREATE INDEX figure_measure_id_period IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.period);
CREATE INDEX figure_measure_id_value IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value);
