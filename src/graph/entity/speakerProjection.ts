import Cypher from '@neo4j/cypher-builder';
import type { ListProjection } from '../query/ListProjection.js';
import { speakerNode } from './speakerNode.js';

/** A person or organisation as get-people or get-organizations returns it, for statements that read it whole. */
export function speakerProjection(speaker: Cypher.Node): ListProjection {
  const node = new Cypher.Variable();
  return { subquery: new Cypher.Return([speakerNode(speaker), node]), node };
}
