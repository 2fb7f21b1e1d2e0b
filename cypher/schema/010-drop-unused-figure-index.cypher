// Linking once sought every figure by (measureId, period, value, id); it seeks first statements now (009), and
// nothing else reads that index, which every figure write kept up to date.
DROP INDEX figure_measure_id_period_value_key IF EXISTS;
