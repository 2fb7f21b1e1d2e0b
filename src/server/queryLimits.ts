import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 2000;
/** Three nested pages of the largest size: more is a crawl, not a question. */
export const MAX_COST = 100 ** 3;
const DEFAULT_PAGE = 20;
const LARGEST_PAGE = 100;

/** Relay wrappers add nesting without adding a hop through the graph, so they do not count. */
const WRAPPER_FIELDS = new Set(['edges', 'node', 'nodes', 'pageInfo']);

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(context: ValidationContext): Fragments {
  return Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
}

/**
 * A measure of each fragment, computed once however often it is spread: re-walking a fragment
 * at every spread would let a chain of fragments that each spread the next twice take
 * exponential time. A fragment cycle is graphql-js's own rule's to report; here it counts 0.
 */
function memoised(fragments: Fragments, measure: (fragment: FragmentDefinitionNode, ofFragment: (name: string) => number) => number) {
  const known = new Map<string, number>();
  const pending = new Set<string>();
  const ofFragment = (name: string): number => {
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    const fragment = fragments[name];
    if (!fragment || pending.has(name)) return 0;
    pending.add(name);
    const value = measure(fragment, ofFragment);
    pending.delete(name);
    known.set(name, value);
    return value;
  };
  return ofFragment;
}

/** Deepest chain of fields, fragments included, not counting connection wrappers. */
function depthOf(selectionSet: SelectionSetNode | undefined, ofFragment: (name: string) => number): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      const inner = depthOf(selection.selectionSet, ofFragment);
      depth = selection.name.value.startsWith('__') ? 0 : inner + (WRAPPER_FIELDS.has(selection.name.value) ? 0 : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, ofFragment);
    } else {
      depth = ofFragment(selection.name.value);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Rejects operations nested deeper than MAX_DEPTH hops (Apollo codes it GRAPHQL_VALIDATION_FAILED). */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const ofFragment = memoised(fragmentsOf(context), (fragment, inner) => depthOf(fragment.selectionSet, inner));
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, ofFragment);
      if (depth > MAX_DEPTH) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${MAX_DEPTH}`));
    },
  };
}

/** Aliases as they run: a fragment's aliases count at every spread of it. */
function aliasesIn(selectionSet: SelectionSetNode | undefined, ofFragment: (name: string) => number): number {
  if (!selectionSet) return 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) aliases += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet, ofFragment);
    else if (selection.kind === Kind.INLINE_FRAGMENT) aliases += aliasesIn(selection.selectionSet, ofFragment);
    else aliases += ofFragment(selection.name.value);
  }
  return aliases;
}

/** Rejects operations with more than MAX_ALIASES aliases: each alias can repeat a whole subtree. */
export function aliasLimit(context: ValidationContext): ASTVisitor {
  const ofFragment = memoised(fragmentsOf(context), (fragment, inner) => aliasesIn(fragment.selectionSet, inner));
  return {
    OperationDefinition(operation) {
      const aliases = aliasesIn(operation.selectionSet, ofFragment);
      if (aliases > MAX_ALIASES) context.reportError(new GraphQLError(`${aliases} aliases exceed the limit of ${MAX_ALIASES}`));
    },
  };
}

/** How many items a paged field can return: its `first` (within the allowed range), the default page, or, for a variable, the largest. */
function pageSizeOf(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first) return DEFAULT_PAGE;
  return first.kind === Kind.INT ? Math.min(Math.max(Number(first.value), 0), LARGEST_PAGE) : LARGEST_PAGE;
}

/**
 * Rejects operations that could return more than MAX_COST items: every paged list costs its page size
 * times the page sizes of the lists around it, so nested pages multiply, as the rows Neo4j reads do.
 */
export function costLimit(context: ValidationContext): ASTVisitor {
  const costOf = (node: OperationDefinitionNode | FragmentDefinitionNode, ofFragment: (name: string) => number): number => {
    // A TypeInfo of its own: a fragment may be costed while another walk is under way.
    const typeInfo = new TypeInfo(context.getSchema());
    const sizes = [1];
    let cost = 0;
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(field) {
            const paged = typeInfo.getFieldDef()?.args.some((argument) => argument.name === 'first') ?? false;
            const size = sizes.at(-1)! * (paged ? pageSizeOf(field) : 1);
            if (paged) cost += size;
            sizes.push(size);
          },
          leave() {
            sizes.pop();
          },
        },
        FragmentSpread(spread) {
          cost += sizes.at(-1)! * ofFragment(spread.name.value);
        },
      }),
    );
    return cost;
  };
  const ofFragment = memoised(fragmentsOf(context), (fragment, inner) => costOf(fragment, inner));
  return {
    OperationDefinition(operation) {
      const cost = costOf(operation, ofFragment);
      if (cost > MAX_COST) context.reportError(new GraphQLError(`Query could return ${cost} items; the limit is ${MAX_COST}: ask for smaller pages`));
    },
  };
}
