import type Cypher from '@neo4j/cypher-builder';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { ListProjection } from '../query/ListProjection.js';

/** A label's nodes as a statement builder reads them: projected as the label's get- query returns them. */
export interface NodeShape {
  label: GraphLabel;
  project: (node: Cypher.Node) => ListProjection;
}
