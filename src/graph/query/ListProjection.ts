import type Cypher from '@neo4j/cypher-builder';
import type { Params } from '../../neo4j/Database.js';

/** How a list statement returns its nodes: a subquery over the node that returns them as `node`. */
export interface ListProjection {
  subquery: Cypher.Clause;
  node: Cypher.Variable;
  /** Parameters the subquery names rather than carries (see withPrefetch). */
  params?: Params;
}

/**
 * How much of a node a projection reads: `whole`, as its get- query returns it, with the nodes it
 * embeds (a quote's or figure's article, a quote's speaker, a figure's source); or `own`, its
 * properties and the ids and span it points with, which is all most selections ask and a fraction of
 * the work for Neo4j and the driver.
 */
export type ProjectionDepth = 'whole' | 'own';
