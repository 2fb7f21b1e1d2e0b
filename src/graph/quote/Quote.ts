import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityRef } from '../entity/EntityRef.js';

/** Something a person or organisation said, in direct or reported speech. */
@ObjectType()
export class Quote {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The words, without quote marks.' })
  text!: string;

  @Field(() => Boolean, { description: 'Direct speech in quote marks, as opposed to reported speech.' })
  direct!: boolean;

  @Field(() => String, { nullable: true, description: 'The reporting verb: said, told, announced...' })
  verb!: string | null;

  articleId!: string;
  start!: number;
  end!: number;
  speaker!: EntityRef | null;
}
