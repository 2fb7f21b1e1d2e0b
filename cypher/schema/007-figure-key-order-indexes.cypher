// Figures of one measure, or of one measure and period, in key order: the default order of the figures list, whose
// page then reads these indexes in order and stops after the page rather than sorting every figure of the measure.
CREATE INDEX figure_measure_key IF NOT EXISTS FOR (n:Figure) ON (n.measure, n.id);
CREATE INDEX figure_measure_period_key IF NOT EXISTS FOR (n:Figure) ON (n.measure, n.period, n.id);
