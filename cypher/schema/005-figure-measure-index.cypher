// Figures by measure (the Measure node's id, copied onto the figure) with value, then key: one measure's figures by
// value, ties by key, for the figures list (figureRank). Linking seeks first statements by the indexes of 009.
CREATE INDEX figure_measure_id_value_key IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value, n.id);
CREATE INDEX figure_measure_id_value IF NOT EXISTS FOR (n:Figure) ON (n.measureId, n.value);
