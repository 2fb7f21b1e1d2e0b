import Cypher from '@neo4j/cypher-builder';
import type { ListConditions } from './ListFilter.js';
import type { Predicate } from './scalarPredicates.js';
import { allOf } from './scalarPredicates.js';

/** How a node reaches what is related to it: a fresh pattern, and what in it a `where` input is about. */
export type Reach<S> = () => { pattern: Cypher.Pattern; subject: S };
/** A `where` input compiled for its subject (a node, or a relationship and its end). */
export type Compile<S, W> = (subject: S, where: W) => Predicate | undefined;

/** A reach whose subject is the related node. */
export function toNode(pattern: (related: Cypher.Node) => Cypher.Pattern): Reach<Cypher.Node> {
  return () => {
    const related = new Cypher.Node();
    return { pattern: pattern(related), subject: related };
  };
}

function existsWhere<S>(reach: Reach<S>, condition: (subject: S) => Predicate | undefined): Cypher.Exists {
  const { pattern, subject } = reach();
  const match = new Cypher.Match(pattern);
  const predicate = condition(subject);
  return new Cypher.Exists(predicate ? match.where(predicate) : match);
}

/** A to-one relationship: the related node exists and matches. */
export function relatedPredicate<S, W>(reach: Reach<S>, where: W | null | undefined, compile: Compile<S, W>): Predicate | undefined {
  if (where == null) return undefined;
  return existsWhere(reach, (subject) => compile(subject, where));
}

/** A to-many relationship: some, none or all of the related nodes match. */
export function listPredicate<S, W>(reach: Reach<S>, conditions: ListConditions<W> | null | undefined, compile: Compile<S, W>): Predicate | undefined {
  if (!conditions) return undefined;
  const { some, none, all } = conditions;
  const fails = (subject: S) => {
    const predicate = all != null ? compile(subject, all) : undefined;
    return predicate ? Cypher.not(predicate) : undefined;
  };
  return allOf([
    some != null ? existsWhere(reach, (subject) => compile(subject, some)) : undefined,
    none != null ? Cypher.not(existsWhere(reach, (subject) => compile(subject, none))) : undefined,
    // "All match" is "none fails"; an empty condition holds for every related node, so adds nothing.
    all != null && fails(reach().subject) !== undefined ? Cypher.not(existsWhere(reach, fails)) : undefined,
  ]);
}

/** The boolean combinators every `where` input has, around the predicate of its own fields. */
export function combinedPredicate<S, W extends { AND?: W[] | null; OR?: W[] | null; NOT?: W | null }>(
  subject: S,
  where: W,
  own: Predicate | undefined,
  compile: Compile<S, W>,
): Predicate | undefined {
  const alternatives = where.OR?.map((alternative) => compile(subject, alternative) ?? Cypher.true);
  return allOf([
    own,
    ...(where.AND ?? []).map((conjunct) => compile(subject, conjunct)),
    alternatives ? (alternatives.length === 0 ? Cypher.false : Cypher.or(...alternatives)) : undefined,
    where.NOT != null ? Cypher.not(compile(subject, where.NOT) ?? Cypher.true) : undefined,
  ]);
}
