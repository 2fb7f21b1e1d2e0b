import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on a node\'s identity: its global id or its readable key.' })
export class IdFilter {
  @Field(() => ID, { nullable: true })
  eq?: string | null;

  @Field(() => [ID], { nullable: true })
  in?: string[] | null;
}
