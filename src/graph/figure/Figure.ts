import { Field, Float, ObjectType } from 'type-graphql';
import type { Article } from '../article/Article.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import { FigureUnit } from './FigureUnit.js';
import { Node } from '../node/Node.js';

/** A statistic as one article states it. */
@ObjectType({ implements: [Node] })
export class Figure implements Node {
  @Field(() => String, { name: 'key', description: 'The readable key: the id property in Neo4j; lookups accept it as well as the global id.' })
  id!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: 'The number as worded in the article, e.g. "nearly 410,000".' })
  valueText!: string;

  @Field(() => Boolean, { description: 'A hedge or bound qualifies the number.' })
  approximate!: boolean;

  @Field(() => String, { nullable: true, description: 'nearly, about, more than, less than.' })
  qualifier!: string | null;

  @Field(() => FigureUnit)
  unit!: FigureUnit;

  @Field(() => String, { description: 'What is counted, e.g. "removals", "criminal removals", "releases".' })
  measure!: string;

  @Field(() => String, { nullable: true })
  measureDetail!: string | null;

  @Field(() => String, { nullable: true, description: 'FY2012, 2013, 2013-03, 2012-05-31, a range a..b, or a change FY2014->FY2015.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the period, YYYY-MM-DD.' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figure applies, e.g. "nationwide".' })
  scope!: string | null;

  @Field(() => Boolean, { description: 'A change or ratio rather than a count.' })
  derived!: boolean;

  articleId!: string;
  start!: number;
  end!: number;
  /** Read with the figure, as get-articles would return it; absent when the figure was read without it ('own' depth). */
  article?: Article;
  /** Read with the figure, as get-people or get-organizations would return it; absent with the article. */
  source?: Person | Organization | null;
}
