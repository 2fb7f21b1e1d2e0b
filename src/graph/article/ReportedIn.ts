import { Field, ObjectType } from 'type-graphql';
import { TextSpan } from './TextSpan.js';

@ObjectType({ description: 'How an article reports a quote or states a figure.' })
export class ReportedIn {
  @Field(() => TextSpan, { description: 'Where in the article.' })
  span!: TextSpan;
}
