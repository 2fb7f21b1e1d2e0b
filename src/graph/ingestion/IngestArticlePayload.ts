import { Field, Int, ObjectType } from 'type-graphql';
import { Article } from '../article/Article.js';
import { IngestOutcome } from './IngestOutcome.js';

@ObjectType()
export class IngestArticlePayload {
  @Field(() => IngestOutcome)
  outcome!: IngestOutcome;

  @Field(() => Article, { description: 'The stored article, with what was extracted from it (for UNCHANGED, the article already holding this text).' })
  article!: Article;

  @Field(() => Int, { description: 'People, organisations and programs new to the graph.' })
  entitiesCreated!: number;

  @Field(() => Int, { description: 'People, organisations and programs of the article that were already in the graph and were merged with it.' })
  entitiesMerged!: number;

  @Field(() => Int, { description: 'Figures written.' })
  figures!: number;

  @Field(() => Int, { description: 'Quotes written.' })
  quotes!: number;
}
