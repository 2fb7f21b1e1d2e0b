import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import { combinedPredicate, listPredicate, toNode, type Reach } from '../query/relationPredicates.js';
import { allOf, anyNamePredicate, namesOf, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import { quotePredicate } from '../quote/quotePredicate.js';
import { rolePredicate, type RoleSubject } from '../role/rolePredicate.js';
import type { PersonWhere } from './PersonWhere.js';

export function personPredicate(person: Cypher.Node, where: PersonWhere): Predicate | undefined {
  const roles: Reach<RoleSubject> = () => {
    const role = new Cypher.Relationship();
    const organization = new Cypher.Node();
    const pattern = new Cypher.Pattern(person).related(role, { type: 'HOLDS_ROLE' }).to(organization, { labels: [GraphLabel.ORGANIZATION] });
    return { pattern, subject: { role, organization } };
  };
  const own = allOf([
    idPredicate(person.property('id'), where.id, GraphLabel.PERSON),
    stringPredicate(person.property('name'), where.name),
    anyNamePredicate(namesOf(person), where.names),
    listPredicate(roles, where.roles, rolePredicate),
    listPredicate(
      toNode((quote) => new Cypher.Pattern(person).related({ type: 'SAID' }).to(quote, { labels: [GraphLabel.QUOTE] })),
      where.quotes,
      quotePredicate,
    ),
  ]);
  return combinedPredicate(person, where, own, personPredicate);
}
