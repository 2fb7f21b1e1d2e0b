import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import { organizationPredicate } from '../organization/organizationPredicate.js';
import { personPredicate } from '../person/personPredicate.js';
import { combinedPredicate } from '../query/relationPredicates.js';
import { allOf, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import type { SpeakerWhere } from './SpeakerWhere.js';

export function speakerPredicate(speaker: Cypher.Node, where: SpeakerWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(speaker.property('id'), where.id, GraphLabel.PERSON, GraphLabel.ORGANIZATION),
    stringPredicate(speaker.property('name'), where.name),
    where.person != null ? allOf([speaker.hasLabel(GraphLabel.PERSON), personPredicate(speaker, where.person)]) : undefined,
    where.organization != null
      ? allOf([speaker.hasLabel(GraphLabel.ORGANIZATION), organizationPredicate(speaker, where.organization)])
      : undefined,
  ]);
  return combinedPredicate(speaker, where, own, speakerPredicate);
}
