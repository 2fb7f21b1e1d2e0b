import { Field, Float, InputType } from 'type-graphql';

@InputType({ description: 'Conditions on a number; all that are given must hold.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true })
  eq?: number | null;

  @Field(() => [Float], { nullable: true })
  in?: number[] | null;

  @Field(() => Float, { nullable: true })
  gt?: number | null;

  @Field(() => Float, { nullable: true })
  gte?: number | null;

  @Field(() => Float, { nullable: true })
  lt?: number | null;

  @Field(() => Float, { nullable: true })
  lte?: number | null;
}
