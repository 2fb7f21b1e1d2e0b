import Cypher from '@neo4j/cypher-builder';
import type { Statement } from '../../neo4j/Database.js';
import { cachedCypher } from './cachedCypher.js';
import type { NodeShape } from './NodeShape.js';
import { namesOf, shapeOf, type Prefetch } from './Prefetch.js';
import { prefetchParams, withPrefetch } from './withPrefetch.js';

/**
 * Nodes by key, each as its get- query returns it and carrying the pages `nested` reads ahead, as
 * one statement. Returns `key, node` as the get- query does.
 */
export function buildNodes(shape: NodeShape, nested: Prefetch[], keys: readonly string[]): Statement {
  const cypher = cachedCypher(['nodes', shape.label, nested.map(shapeOf)], () => {
    const key = new Cypher.Variable();
    const node = new Cypher.Node();
    const projection = withPrefetch(shape.project, nested)(node);
    const heading = `// nodes-read-ahead: ${shape.label} nodes with ${namesOf(nested)}\n`;
    return heading + Cypher.utils.concat(
      new Cypher.Unwind([new Cypher.NamedParam('keys'), key]),
      new Cypher.Match(new Cypher.Pattern(node, { labels: [shape.label], properties: { id: key } })),
      new Cypher.Call(projection.subquery, [node]),
      new Cypher.Return([key, 'key'], [projection.node, 'node']),
    ).build().cypher;
  });
  return { cypher, params: { keys: [...keys], ...prefetchParams(nested) } };
}
