import type Cypher from '@neo4j/cypher-builder';

/** How a list statement returns its nodes whole: a subquery over the node that returns them as `node`. */
export interface ListProjection {
  subquery: Cypher.Clause;
  node: Cypher.Variable;
}
