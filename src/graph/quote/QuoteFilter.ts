import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Every field is optional; the quotes returned match all that are given.' })
export class QuoteFilter {
  @Field(() => ID, { nullable: true, description: 'Said by this person or organisation.' })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reported in this article.' })
  articleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: direct speech only; false: reported speech only.' })
  direct?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The words contain this text, case-insensitive.' })
  textContains?: string | null;
}
