// A measure alone (figures(where: {measure: {eq: ...}}), timeline) is the API's most common filter;
// the composite (measure, period) index cannot serve it for figures without a period.
CREATE INDEX figure_measure IF NOT EXISTS FOR (n:Figure) ON (n.measure);
