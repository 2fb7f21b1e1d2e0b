// get-programs: programs by id.
// Parameters: $keys (program ids)
// Columns: key, node {id, name, aliases, runById, __typename}
UNWIND $keys AS key
MATCH (p:Program {id: key})
OPTIONAL MATCH (p)-[:RUN_BY]->(operator:Organization)
WITH key, p, min(operator.id) AS runById
RETURN key, p {.id, .name, aliases: coalesce(p.aliases, []), runById: runById, __typename: 'Program'} AS node
