import { Field, ID, InputType } from 'type-graphql';
import { EntityKind } from '../entity/EntityKind.js';

@InputType({ description: 'A person, organisation or program by its id.' })
export class EntityKeyInput {
  @Field(() => EntityKind)
  kind!: EntityKind;

  @Field(() => ID)
  id!: string;
}
