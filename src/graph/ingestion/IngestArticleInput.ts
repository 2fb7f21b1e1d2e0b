import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An article to ingest: its plain text and what is known about it besides.' })
export class IngestArticleInput {
  @Field(() => String, { description: 'The plain text, at most 1 MB (UTF-8); spans count UTF-16 code units into it.' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'A stable id (letters, digits, _.:-); else derived from the URL, or from the text.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The headline; without it, extraction infers one.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet, recorded as a media organisation.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD.' })
  publishedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'The authors.' })
  byline?: string[] | null;
}
