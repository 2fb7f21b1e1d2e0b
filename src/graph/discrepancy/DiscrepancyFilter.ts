import { Field, Float, ID, InputType } from 'type-graphql';
import { FigureRelation } from '../figure/FigureRelation.js';

@InputType()
export class DiscrepancyFilter {
  @Field(() => [FigureRelation], { nullable: true, description: 'CONFLICT and CLOSE_BUT_DIFFERENT by default.' })
  relations?: FigureRelation[] | null;

  @Field(() => String, { nullable: true, description: 'Either figure measures this, e.g. "criminal removals".' })
  measure?: string | null;

  @Field(() => ID, { nullable: true, description: 'Either figure is stated in this article.' })
  articleId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: findings that rest on one article's own figures (its own arithmetic); false: findings across articles.",
  })
  withinArticle?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Only pairs at most this many percent apart.' })
  maxPercent?: number | null;
}
