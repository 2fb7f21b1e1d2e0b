import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';

/** An enforcement program or policy: Secure Communities, 287(g), detainers, prosecutorial discretion. */
@ObjectType({ implements: [Entity] })
export class Program implements Entity {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  runById!: string | null;
  __typename!: 'Program';
}
