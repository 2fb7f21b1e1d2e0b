// A figure that restates another's very words is linked to that first statement only (RESTATES) and is no candidate
// for linking other figures; the first statements carry the label FirstStatement. These indexes hold only them, so
// that the linker's nearest-value seeks (list-figure-link-candidates) and the search for the statement a new figure
// restates (merge-restatements) read first statements only, however often each was repeated.
CREATE INDEX first_statement_measure_id_period_value_key IF NOT EXISTS FOR (n:FirstStatement) ON (n.measureId, n.period, n.value, n.id);
CREATE INDEX first_statement_measure_id_value_key IF NOT EXISTS FOR (n:FirstStatement) ON (n.measureId, n.value, n.id);
