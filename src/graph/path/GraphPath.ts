import { Field, Int, ObjectType } from 'type-graphql';
import { PathStep } from './PathStep.js';

@ObjectType()
export class GraphPath {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [PathStep])
  steps!: PathStep[];
}
