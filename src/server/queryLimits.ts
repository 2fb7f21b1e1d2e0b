import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type OperationDefinitionNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
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


/** Deepest chain of fields, following fragments, not counting connection wrappers. */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      const inner = depthOf(selection.selectionSet, fragments, seen);
      depth = selection.name.value.startsWith('__') ? 0 : inner + (WRAPPER_FIELDS.has(selection.name.value) ? 0 : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql-js's own rule; do not recurse forever here.
      if (fragment && !seen.has(name)) depth = depthOf(fragment.selectionSet, fragments, new Set([...seen, name]));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Rejects operations nested deeper than MAX_DEPTH hops (Apollo codes it GRAPHQL_VALIDATION_FAILED). */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${MAX_DEPTH}`));
    },
  };
}

/** Rejects documents with more than MAX_ALIASES aliases: each alias can repeat a whole subtree. */
export function aliasLimit(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(field) {
      if (field.alias) aliases += 1;
    },
    Document: {
      leave() {
        if (aliases > MAX_ALIASES) context.reportError(new GraphQLError(`${aliases} aliases exceed the limit of ${MAX_ALIASES}`));
      },
    },
  };
}

/** How many items a field can return: its `first`, or the default page; a variable may be the largest page. */
function pageSizeOf(field: FieldNode, takesFirst: boolean): number {
  if (!takesFirst) return 1;
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!first) return DEFAULT_PAGE;
  return first.kind === Kind.INT ? Number(first.value) : LARGEST_PAGE;
}

/**
 * Rejects operations that could return more than MAX_COST items: every paged list costs its page size
 * times the page sizes of the lists around it, so nested pages multiply, as the rows Neo4j reads do.
 */
export function costLimit(context: ValidationContext): ASTVisitor {
  const fragments = Object.fromEntries(
    context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const costOf = (node: OperationDefinitionNode | FragmentDefinitionNode, seen: Set<string>): number => {
    // A TypeInfo of its own: a fragment is costed while the operation's walk is still under way.
    const typeInfo = new TypeInfo(context.getSchema());
    const sizes = [1];
    let cost = 0;
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(field) {
            const takesFirst = typeInfo.getFieldDef()?.args.some((argument) => argument.name === 'first') ?? false;
            const size = sizes.at(-1)! * pageSizeOf(field, takesFirst);
            if (takesFirst) cost += size;
            sizes.push(size);
          },
          leave() {
            sizes.pop();
          },
        },
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments[name];
          // A fragment cycle is reported by graphql-js's own rule; do not recurse forever here.
          if (fragment && !seen.has(name)) cost += sizes.at(-1)! * costOf(fragment, new Set([...seen, name]));
        },
      }),
    );
    return cost;
  };
  return {
    OperationDefinition(operation) {
      const cost = costOf(operation, new Set());
      if (cost > MAX_COST) context.reportError(new GraphQLError(`Query could return ${cost} items; the limit is ${MAX_COST}: ask for smaller pages`));
    },
  };
}
