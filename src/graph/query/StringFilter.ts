import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on a text field; all that are given must hold. contains and startsWith ignore case.' })
export class StringFilter {
  @Field(() => String, { nullable: true })
  eq?: string | null;

  @Field(() => [String], { nullable: true })
  in?: string[] | null;

  @Field(() => String, { nullable: true })
  contains?: string | null;

  @Field(() => String, { nullable: true })
  startsWith?: string | null;
}
