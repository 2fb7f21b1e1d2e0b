import { Field, ID, InterfaceType } from 'type-graphql';

/** Global object identification: any node can be fetched again with node(id). */
@InterfaceType({ resolveType: (value: { __typename: string }) => value.__typename, description: 'A node with an opaque global id; node(id) fetches it again.' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id, unique across all types.' })
  // Computed by NodeIdResolver from the key; the objects services return do not carry it.
  globalId?: string;

  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j (e.g. "john-morton"); lookups accept it as well as the global id.' })
  id!: string;
}
