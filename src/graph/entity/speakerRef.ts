import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';

/** `{id, label}` of a speaker that may be missing, as the get- queries write it. */
export function speakerRef(speaker: Cypher.Node): Cypher.Expr {
  const label = new Cypher.Case().when(speaker.hasLabel(GraphLabel.PERSON)).then(new Cypher.Literal(GraphLabel.PERSON)).else(new Cypher.Literal(GraphLabel.ORGANIZATION));
  return new Cypher.Case().when(Cypher.isNull(speaker)).then(Cypher.Null).else(new Cypher.Map({ id: speaker.property('id'), label }));
}
