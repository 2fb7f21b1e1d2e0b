import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';
import { Speaker } from '../entity/Speaker.js';

@ObjectType({ implements: [Entity, Speaker] })
export class Person implements Entity, Speaker {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  __typename!: 'Person';
}
