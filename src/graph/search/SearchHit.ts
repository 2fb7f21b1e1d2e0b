import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/Entity.js';
import type { AnyEntity } from '../entity/EntityService.js';

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: 'Relevance, higher is better.' })
  score!: number;

  @Field(() => Entity)
  entity!: AnyEntity;
}
