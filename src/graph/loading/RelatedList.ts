import type Cypher from '@neo4j/cypher-builder';
import type { Params } from '../../neo4j/Database.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { ListProjection, ProjectionDepth } from '../query/ListProjection.js';

/**
 * A relationship list of a node, ordered by key, as a statement builder can read it: the same rows
 * as its named query (`queryName` with `params`), so that a page read here can stand in for that
 * query's answer (a test holds the two equal).
 */
export interface RelatedList {
  queryName: string;
  params: Params;
  parentLabel: GraphLabel;
  /** The pattern from the parent to each related node; a node reached more than once is listed once. */
  pattern: (parent: Cypher.Node, child: Cypher.Node) => Cypher.Pattern;
  project: (child: Cypher.Node, depth?: ProjectionDepth) => ListProjection;
}
