import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';
import { Node } from '../node/Node.js';

/** An enforcement program or policy: Secure Communities, 287(g), detainers, prosecutorial discretion. */
@ObjectType({ implements: [Node, Entity] })
export class Program implements Node, Entity {
  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j; lookups accept it as well as the global id.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  runById!: string | null;
  __typename!: 'Program';
}
