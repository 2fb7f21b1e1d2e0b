import Cypher from '@neo4j/cypher-builder';
import { organizationPredicate } from '../organization/organizationPredicate.js';
import { allOf, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import type { RoleWhere } from './RoleWhere.js';

/** A role is a HOLDS_ROLE relationship and the organisation it leads to. */
export interface RoleSubject {
  role: Cypher.Relationship;
  organization: Cypher.Node;
}

export function rolePredicate({ role, organization }: RoleSubject, where: RoleWhere): Predicate | undefined {
  return allOf([
    stringPredicate(role.property('title'), where.title),
    where.organization != null ? organizationPredicate(organization, where.organization) : undefined,
  ]);
}
