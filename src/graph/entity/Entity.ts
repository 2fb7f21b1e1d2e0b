import { Field, ID, InterfaceType } from 'type-graphql';

/** A named thing articles mention: a person, an organisation or a program. */
@InterfaceType({ resolveType: (value: { __typename: string }) => value.__typename })
export abstract class Entity {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names and acronyms used for it in the articles.' })
  aliases!: string[];
}
