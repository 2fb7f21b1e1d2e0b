// Figures by measure (the Measure node's id, copied onto the figure) with period and value, or with value, then key,
// so that linking a new figure seeks its few nearest candidates in index order, ties by key included, and stops after
// them instead of reading every figure of its measure, or every figure that shares a value with its nearest ones
// (list-figure-link-candidates names them in hints). (measureId, value) orders one measure's figures by value for the
// figures list (figureRank).
CREATE INDEX figure_measure_id_period_value_key IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.period, n.value, n.id);
CREATE INDEX figure_measure_id_value_key IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value, n.id);
CREATE INDEX figure_measure_id_value IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value);
