// get-people: people by id.
// Parameters: $keys (person ids)
// Columns: key, node {id, name, aliases, __typename}
UNWIND $keys AS key
MATCH (p:Person {id: key})
RETURN key, p {.id, .name, aliases: coalesce(p.aliases, []), __typename: 'Person'} AS node
