// Graphs written before restatements were told apart: each linkable figure (a measure and a period, not derived) that
// restates none is a first statement. Writes label their figures themselves, so after the first start this finds none.
MATCH (f:Figure)
WHERE f.period IS NOT NULL AND f.measureId IS NOT NULL AND NOT coalesce(f.derived, false)
  AND NOT f:FirstStatement AND NOT EXISTS { (f)-[:RESTATES]->() }
CALL (f) { SET f:FirstStatement } IN TRANSACTIONS OF 10000 ROWS;
