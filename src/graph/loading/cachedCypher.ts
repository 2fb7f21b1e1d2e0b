/** Statement texts by the shape they were built for; a client can vary shapes only within the query limits. */
const built = new Map<string, string>();
const MAX_BUILT = 500;

/**
 * The text of a statement whose text depends only on `shape` (its values travel as named
 * parameters): building it with cypher-builder costs more than reading it, so it is built once.
 */
export function cachedCypher(shape: unknown, build: () => string): string {
  const key = JSON.stringify(shape);
  let cypher = built.get(key);
  if (cypher === undefined) {
    if (built.size >= MAX_BUILT) built.clear();
    cypher = build();
    built.set(key, cypher);
  }
  return cypher;
}
