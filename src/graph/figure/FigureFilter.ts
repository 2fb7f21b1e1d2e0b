import { Field, Float, ID, InputType } from 'type-graphql';
import { FigureUnit } from './FigureUnit.js';

@InputType({ description: 'Every field is optional; the figures returned match all that are given.' })
export class FigureFilter {
  @Field(() => String, { nullable: true, description: 'Exact measure, e.g. "removals".' })
  measure?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact period, e.g. "FY2012".' })
  period?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these periods.' })
  periods?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Exact scope, e.g. "nationwide".' })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'Scope contains these words, case-insensitive.' })
  scopeContains?: string | null;

  @Field(() => FigureUnit, { nullable: true })
  unit?: FigureUnit | null;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => ID, { nullable: true, description: 'Stated in this article.' })
  articleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Attributed to this person or organisation.' })
  sourceId?: string | null;
}
