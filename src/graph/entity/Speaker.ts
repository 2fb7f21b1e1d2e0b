import { Field, ID, InterfaceType } from 'type-graphql';

/** Who can say something or be a figure's source: a person or an organisation. */
@InterfaceType({ resolveType: (value: { __typename: string }) => value.__typename })
export abstract class Speaker {
  @Field(() => ID, { name: 'id', description: 'Opaque global id, unique across all types.' })
  // Computed by NodeIdResolver from the key; the objects services return do not carry it.
  globalId?: string;

  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j.' })
  id!: string;

  @Field(() => String)
  name!: string;
}
