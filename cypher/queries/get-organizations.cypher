// get-organizations: organisations by id, agencies marked.
// Parameters: $keys (organisation ids)
// Columns: key, node {id, name, acronym, aliases, kind, isAgency, partOfId, __typename}
UNWIND $keys AS key
MATCH (o:Organization {id: key})
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
WITH key, o, min(parent.id) AS partOfId
RETURN key, o {
  .id, .name, .acronym, .kind, aliases: coalesce(o.aliases, []), isAgency: o:Agency, partOfId: partOfId, __typename: 'Organization'
} AS node
