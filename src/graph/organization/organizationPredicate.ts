import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import { combinedPredicate, listPredicate, toNode } from '../query/relationPredicates.js';
import { allOf, anyNamePredicate, namesOf, enumPredicate, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import { quotePredicate } from '../quote/quotePredicate.js';
import type { OrganizationWhere } from './OrganizationWhere.js';

export function organizationPredicate(organization: Cypher.Node, where: OrganizationWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(organization.property('id'), where.id, GraphLabel.ORGANIZATION),
    stringPredicate(organization.property('name'), where.name),
    anyNamePredicate(namesOf(organization, organization.property('acronym')), where.names),
    stringPredicate(organization.property('acronym'), where.acronym),
    enumPredicate(organization.property('kind'), where.kind),
    listPredicate(
      toNode((quote) => new Cypher.Pattern(organization).related({ type: 'SAID' }).to(quote, { labels: [GraphLabel.QUOTE] })),
      where.quotes,
      quotePredicate,
    ),
  ]);
  return combinedPredicate(organization, where, own, organizationPredicate);
}
