import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/Node.js';

@ObjectType({ implements: [Node] })
export class Article implements Node {
  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j; lookups accept it as well as the global id.' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { description: 'The title was written by the curator; the article has no headline of its own.' })
  titleInferred!: boolean;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD.' })
  publishedOn!: string | null;

  @Field(() => String, { description: 'SHA-256 of the article text: the same text ingested again is recognised.' })
  contentHash!: string;

  @Field(() => String, { nullable: true })
  ingestedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of the text in UTF-16 code units, the unit of every span.' })
  textLength!: number | null;

  publisherId!: string | null;
}
