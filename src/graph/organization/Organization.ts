import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';
import { Speaker } from '../entity/Speaker.js';
import { OrganizationKind } from './OrganizationKind.js';

@ObjectType({ implements: [Entity, Speaker] })
export class Organization implements Entity, Speaker {
  @Field(() => ID)
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
