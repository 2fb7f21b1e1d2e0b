import { Field, Float, ObjectType } from 'type-graphql';
import { GraphLabel } from '../node/GraphLabel.js';

@ObjectType()
export class SearchHit {
  /** `Label:id`: unique across labels, and the key the cursor holds. */
  id!: string;

  @Field(() => Float, { description: 'Lucene relevance, higher is better; comparable within one kind.' })
  score!: number;

  @Field(() => GraphLabel)
  kind!: GraphLabel;

  @Field(() => String, { description: 'The matched text around the first word searched for.' })
  snippet!: string;

  nodeId!: string;
}
