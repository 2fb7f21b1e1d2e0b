import { Field, ID, InterfaceType } from 'type-graphql';

/** A named thing articles mention: a person, an organisation or a program. */
@InterfaceType({ resolveType: (value: { __typename: string }) => value.__typename })
export abstract class Entity {
  @Field(() => ID, { name: 'id', description: 'Opaque global id, unique across all types.' })
  // Computed by NodeIdResolver from the key; the objects services return do not carry it.
  globalId?: string;

  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j.' })
  id!: string;

  @Field(() => String, { description: 'The canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and acronyms used for it in the articles.' })
  aliases!: string[];
}
