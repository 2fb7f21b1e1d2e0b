import type Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import { combinedPredicate } from '../query/relationPredicates.js';
import { allOf, anyNamePredicate, namesOf, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import type { ProgramWhere } from './ProgramWhere.js';

export function programPredicate(program: Cypher.Node, where: ProgramWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(program.property('id'), where.id, GraphLabel.PROGRAM),
    stringPredicate(program.property('name'), where.name),
    anyNamePredicate(namesOf(program), where.names),
  ]);
  return combinedPredicate(program, where, own, programPredicate);
}
