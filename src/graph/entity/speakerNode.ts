import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';

/**
 * A speaker that may be missing, as cypher/queries/get-people.cypher or get-organizations.cypher
 * returns it, so that a quote's speaker needs no query of its own (a test holds them equal).
 */
export function speakerNode(speaker: Cypher.Node): Cypher.Expr {
  const aliases = Cypher.coalesce(speaker.property('aliases'), new Cypher.List([]));
  const parent = new Cypher.Node();
  const parentIds = new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(speaker).related({ type: 'PART_OF' }).to(parent, { labels: [GraphLabel.ORGANIZATION] }))
      .return(parent.property('id'))
      .orderBy(parent.property('id'))
      .limit(1),
  );
  const person = new Cypher.MapProjection(speaker, ['id', 'name'], { aliases, __typename: new Cypher.Literal(GraphLabel.PERSON) });
  const organization = new Cypher.MapProjection(speaker, ['id', 'name', 'acronym', 'kind'], {
    aliases,
    isAgency: speaker.hasLabel('Agency'),
    partOfId: Cypher.head(parentIds),
    __typename: new Cypher.Literal(GraphLabel.ORGANIZATION),
  });
  return new Cypher.Case()
    .when(Cypher.isNull(speaker))
    .then(Cypher.Null)
    .when(speaker.hasLabel(GraphLabel.PERSON))
    .then(person)
    .else(organization);
}
