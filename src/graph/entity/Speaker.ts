import { Field, ID, InterfaceType } from 'type-graphql';

/** Who can say something or be a figure's source: a person or an organisation. */
@InterfaceType({ resolveType: (value: { __typename: string }) => value.__typename })
export abstract class Speaker {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
