import { Field, ObjectType } from 'type-graphql';
import type { Article } from '../article/Article.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import { Node } from '../node/Node.js';

/** Something a person or organisation said, in direct or reported speech. */
@ObjectType({ implements: [Node] })
export class Quote implements Node {
  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j; lookups accept it as well as the global id.' })
  id!: string;

  @Field(() => String, { description: 'The words, without quote marks.' })
  text!: string;

  @Field(() => Boolean, { description: 'Direct speech in quote marks, as opposed to reported speech.' })
  direct!: boolean;

  @Field(() => String, { nullable: true, description: 'The reporting verb: said, told, announced...' })
  verb!: string | null;

  articleId!: string;
  start!: number;
  end!: number;
  /** Read with the quote, as get-articles would return it; absent when the quote was read without it ('own' depth). */
  article?: Article;
  /** Read with the quote, as get-people or get-organizations would return it; absent with the article. */
  speaker?: Person | Organization | null;
}
