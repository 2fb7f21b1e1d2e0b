import Cypher from '@neo4j/cypher-builder';
import { badUserInput } from '../../errors/badUserInput.js';
import { keyOf } from '../node/globalId.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { DateFilter } from './DateFilter.js';
import type { FloatFilter } from './FloatFilter.js';
import type { IdFilter } from './IdFilter.js';
import type { StringFilter } from './StringFilter.js';

export type Predicate = Cypher.Predicate;

/** Every value travels as a parameter: nothing a client sends is ever part of the statement's text. */
const param = (value: unknown) => new Cypher.Param(value);

/** The conjunction of the predicates given; undefined when none is, so that an empty filter adds nothing. */
export function allOf(predicates: (Predicate | undefined)[]): Predicate | undefined {
  const given = predicates.filter((predicate): predicate is Predicate => predicate !== undefined);
  if (given.length === 0) return undefined;
  return given.length === 1 ? given[0] : Cypher.and(...given);
}

export function stringPredicate(expr: Cypher.Expr, filter: StringFilter | null | undefined): Predicate | undefined {
  if (!filter) return undefined;
  return allOf([
    filter.eq != null ? Cypher.eq(expr, param(filter.eq)) : undefined,
    filter.in != null ? Cypher.in(expr, param(filter.in)) : undefined,
    filter.contains != null ? Cypher.contains(Cypher.toLower(expr), param(filter.contains.toLowerCase())) : undefined,
    filter.startsWith != null ? Cypher.startsWith(Cypher.toLower(expr), param(filter.startsWith.toLowerCase())) : undefined,
  ]);
}

export function floatPredicate(expr: Cypher.Expr, filter: FloatFilter | null | undefined): Predicate | undefined {
  if (!filter) return undefined;
  return allOf([
    filter.eq != null ? Cypher.eq(expr, param(filter.eq)) : undefined,
    filter.in != null ? Cypher.in(expr, param(filter.in)) : undefined,
    filter.gt != null ? Cypher.gt(expr, param(filter.gt)) : undefined,
    filter.gte != null ? Cypher.gte(expr, param(filter.gte)) : undefined,
    filter.lt != null ? Cypher.lt(expr, param(filter.lt)) : undefined,
    filter.lte != null ? Cypher.lte(expr, param(filter.lte)) : undefined,
  ]);
}

function calendarDate(text: string, argumentName: string): Cypher.Expr {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid) throw badUserInput(`${JSON.stringify(text)} is not a date of the form YYYY-MM-DD`, { argumentName });
  return Cypher.date(param(text));
}

export function datePredicate(expr: Cypher.Expr, filter: DateFilter | null | undefined, argumentName: string): Predicate | undefined {
  if (!filter) return undefined;
  const date = (text: string) => calendarDate(text, argumentName);
  return allOf([
    filter.eq != null ? Cypher.eq(expr, date(filter.eq)) : undefined,
    filter.gt != null ? Cypher.gt(expr, date(filter.gt)) : undefined,
    filter.gte != null ? Cypher.gte(expr, date(filter.gte)) : undefined,
    filter.lt != null ? Cypher.lt(expr, date(filter.lt)) : undefined,
    filter.lte != null ? Cypher.lte(expr, date(filter.lte)) : undefined,
  ]);
}

/** Ids may be global ids (of one of `labels`) or readable keys. */
export function idPredicate(expr: Cypher.Expr, filter: IdFilter | null | undefined, ...labels: GraphLabel[]): Predicate | undefined {
  if (!filter) return undefined;
  return allOf([
    filter.eq != null ? Cypher.eq(expr, param(keyOf(filter.eq, ...labels))) : undefined,
    filter.in != null ? Cypher.in(expr, param(filter.in.map((id) => keyOf(id, ...labels)))) : undefined,
  ]);
}

export function enumPredicate<E>(expr: Cypher.Expr, filter: { eq?: E | null; in?: E[] | null } | null | undefined): Predicate | undefined {
  if (!filter) return undefined;
  return allOf([
    filter.eq != null ? Cypher.eq(expr, param(filter.eq)) : undefined,
    filter.in != null ? Cypher.in(expr, param(filter.in)) : undefined,
  ]);
}

export function equalsPredicate(expr: Cypher.Expr, value: unknown): Predicate | undefined {
  return value != null ? Cypher.eq(expr, param(value)) : undefined;
}

/** A string condition on any of several names of a node (its name, aliases and the like). */
export function anyNamePredicate(names: Cypher.Expr, filter: StringFilter | null | undefined): Predicate | undefined {
  const name = new Cypher.Variable();
  const predicate = stringPredicate(name, filter);
  return predicate ? Cypher.any(name, names, predicate) : undefined;
}

/** A node's name and its aliases, as one list. */
export function namesOf(node: Cypher.Node, ...more: Cypher.Expr[]): Cypher.Expr {
  return Cypher.plus(new Cypher.List([node.property('name'), ...more]), Cypher.coalesce(node.property('aliases'), new Cypher.List([])));
}
