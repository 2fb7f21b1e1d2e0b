import {
  getArgumentValues, getNamedType, isObjectType, Kind,
  type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode,
} from 'graphql';
import { pageWindow, type PageArgs } from '../pagination/PageArgs.js';
import type { ProjectionDepth } from '../query/ListProjection.js';
import type { Prefetch } from './Prefetch.js';
import type { RelatedList } from './RelatedList.js';

/** Per object type, the connection fields whose pages a statement may read ahead, from their arguments. */
export type PrefetchableFields = Record<string, Record<string, (args: Record<string, unknown>) => RelatedList | null>>;

/** Per object type, the fields that answer from the nodes a node embeds when read whole. */
export type EmbeddedFields = Record<string, readonly string[]>;

/** Prefetches nest no deeper than this below the field that reads them. */
const MAX_DEPTH = 3;

/**
 * The fields selected in `sets` on an object of `type`, through fragments that surely apply. A field
 * or fragment under @skip or @include is left out: its resolver then reads what it needs itself.
 */
function fieldsOf(sets: readonly SelectionSetNode[], type: GraphQLObjectType, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  // A named fragment adds the same fields however often it is spread; walking it at every spread would
  // let a chain of fragments that each spread the next twice take exponential time.
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          if (spread.has(selection.name.value)) continue;
          spread.add(selection.name.value);
        }
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        if (!fragment || fragment.directives?.length) continue;
        if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) continue;
        visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The selections on the nodes of a connection: under `nodes` and under `edges { node }`. */
function nodeSelections(connections: readonly FieldNode[], connectionType: GraphQLObjectType, info: GraphQLResolveInfo): SelectionSetNode[] {
  const edgeType = connectionType.getFields().edges?.type;
  const sets: SelectionSetNode[] = [];
  for (const field of fieldsOf(connections.flatMap((connection) => connection.selectionSet ?? []), connectionType, info)) {
    if (field.name.value === 'nodes' && field.selectionSet) sets.push(field.selectionSet);
    if (field.name.value === 'edges' && edgeType) {
      const edge = getNamedType(edgeType);
      if (!isObjectType(edge)) continue;
      for (const inner of fieldsOf(field.selectionSet ? [field.selectionSet] : [], edge, info)) {
        if (inner.name.value === 'node' && inner.selectionSet) sets.push(inner.selectionSet);
      }
    }
  }
  return sets;
}

function nodeTypeOf(connectionType: GraphQLObjectType): GraphQLObjectType | null {
  const nodes = connectionType.getFields().nodes;
  const type = nodes && getNamedType(nodes.type);
  return type && isObjectType(type) ? type : null;
}

/**
 * One prefetch per list and window: the same list asked twice with the same arguments (in two
 * fragments, say) is read once, with what both selections ask of its nodes.
 */
function merged(prefetches: Prefetch[]): Prefetch[] {
  const byWindow = new Map<string, Prefetch>();
  for (const prefetch of prefetches) {
    const key = JSON.stringify([prefetch.list.queryName, prefetch.list.params, prefetch.window]);
    const same = byWindow.get(key);
    byWindow.set(key, same ? { ...same, depth: same.depth === 'whole' ? 'whole' : prefetch.depth, nested: merged([...same.nested, ...prefetch.nested]) } : prefetch);
  }
  return [...byWindow.values()];
}

interface ReadAhead {
  fields: PrefetchableFields;
  embedded: EmbeddedFields;
}

/**
 * Whether `sets`, selections on nodes of `nodeType`, ask a field that answers from what the node
 * embeds. A field under @skip or @include is not seen here: its resolver reads what it needs.
 */
function depthFor(sets: SelectionSetNode[], nodeType: GraphQLObjectType, info: GraphQLResolveInfo, embedded: EmbeddedFields): ProjectionDepth {
  const names = embedded[nodeType.name] ?? [];
  return fieldsOf(sets, nodeType, info).some((field) => names.includes(field.name.value)) ? 'whole' : 'own';
}

/** What `sets`, selections on nodes of `nodeType`, ask that can be read ahead, `depth` levels down. */
function prefetchesOn(sets: SelectionSetNode[], nodeType: GraphQLObjectType, info: GraphQLResolveInfo, readAhead: ReadAhead, depth: number): Prefetch[] {
  const prefetchable = readAhead.fields[nodeType.name];
  if (!prefetchable || depth === 0) return [];
  const prefetches: Prefetch[] = [];
  for (const field of fieldsOf(sets, nodeType, info)) {
    const listOf = prefetchable[field.name.value];
    const definition = nodeType.getFields()[field.name.value];
    const fieldType = definition && getNamedType(definition.type);
    if (!listOf || !definition || !fieldType || !isObjectType(fieldType)) continue;
    let prefetch: Prefetch;
    try {
      const args = getArgumentValues(definition, field, info.variableValues);
      const list = listOf(args);
      if (!list) continue;
      const childType = nodeTypeOf(fieldType);
      const childSets = nodeSelections([field], fieldType, info);
      const nested = childType ? prefetchesOn(childSets, childType, info, readAhead, depth - 1) : [];
      const read = childType ? depthFor(childSets, childType, info, readAhead.embedded) : 'whole';
      prefetch = { list, window: pageWindow(args as PageArgs), depth: read, nested };
    } catch {
      // Arguments the field's own resolver will refuse, with the error the client should see.
      continue;
    }
    prefetches.push(prefetch);
  }
  return merged(prefetches);
}

/**
 * What the selection under a field asks of each node it returns (a connection's nodes, or the node
 * itself), as far as `fields` can read ahead, so that the field's statement returns it too: one
 * statement for several levels.
 */
export function prefetchOf(fields: PrefetchableFields, embedded: EmbeddedFields): (info: GraphQLResolveInfo) => Prefetch[] {
  const readAhead: ReadAhead = { fields, embedded };
  // Worked out once per field of a request: every node of a list resolves the field with the same
  // field nodes and variables.
  const known = new WeakMap<readonly FieldNode[], WeakMap<object, Prefetch[]>>();
  return (info) => {
    let byVariables = known.get(info.fieldNodes);
    if (!byVariables) known.set(info.fieldNodes, (byVariables = new WeakMap()));
    let prefetches = byVariables.get(info.variableValues);
    if (!prefetches) {
      const type = getNamedType(info.returnType);
      const nodeType = isObjectType(type) ? nodeTypeOf(type) : null;
      if (!isObjectType(type)) prefetches = [];
      else if (nodeType) prefetches = prefetchesOn(nodeSelections(info.fieldNodes, type, info), nodeType, info, readAhead, MAX_DEPTH);
      else prefetches = prefetchesOn(info.fieldNodes.flatMap((field) => field.selectionSet ?? []), type, info, readAhead, MAX_DEPTH);
      byVariables.set(info.variableValues, prefetches);
    }
    return prefetches;
  };
}
