// The index 005 once created for linking without the key: figure_measure_id_period_value_key serves what it served,
// and a graph that still has it would keep it up to date on every write for nothing.
DROP INDEX figure_measure_id_period_value IF EXISTS;
