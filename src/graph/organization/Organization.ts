import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';
import { Speaker } from '../entity/Speaker.js';
import { OrganizationKind } from './OrganizationKind.js';
import { Node } from '../node/Node.js';

@ObjectType({ implements: [Node, Entity, Speaker] })
export class Organization implements Node, Entity, Speaker {
  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j; lookups accept it as well as the global id.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  acronym!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Boolean, { description: 'A government agency.' })
  isAgency!: boolean;

  partOfId!: string | null;
  __typename!: 'Organization';
}
