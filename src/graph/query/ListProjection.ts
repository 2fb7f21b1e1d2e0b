import type Cypher from '@neo4j/cypher-builder';
import type { Params } from '../../neo4j/Database.js';

/** How a list statement returns its nodes whole: a subquery over the node that returns them as `node`. */
export interface ListProjection {
  subquery: Cypher.Clause;
  node: Cypher.Variable;
  /** Parameters the subquery names rather than carries (see withPrefetch). */
  params?: Params;
}
