import { Field, Int, ObjectType } from 'type-graphql';

/** Where in its article a fact is stated: offsets in UTF-16 code units, end exclusive. */
@ObjectType()
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
