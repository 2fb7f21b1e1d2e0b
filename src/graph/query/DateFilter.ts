import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on a calendar date (YYYY-MM-DD); all that are given must hold. A missing date matches none.' })
export class DateFilter {
  @Field(() => String, { nullable: true })
  eq?: string | null;

  @Field(() => String, { nullable: true })
  gt?: string | null;

  @Field(() => String, { nullable: true })
  gte?: string | null;

  @Field(() => String, { nullable: true })
  lt?: string | null;

  @Field(() => String, { nullable: true })
  lte?: string | null;
}
