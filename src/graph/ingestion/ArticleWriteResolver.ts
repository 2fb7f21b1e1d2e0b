import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { DeleteArticlePayload } from './DeleteArticlePayload.js';
import { IngestArticleInput } from './IngestArticleInput.js';
import { IngestArticlePayload } from './IngestArticlePayload.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver()
export class ArticleWriteResolver {
  @Authorized()
  @Mutation(() => IngestArticlePayload, {
    description: 'Extracts people, organisations, programs, figures and quotes from an article text and writes them in one transaction. Needs the API token.',
  })
  ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: GraphContext): Promise<IngestArticlePayload> {
    return ctx.articleWrites.ingest(input);
  }

  @Authorized()
  @Mutation(() => DeleteArticlePayload, {
    description: 'Removes an article, its figures and quotes, and the entities, measures and periods nothing else refers to. Needs the API token.',
  })
  deleteArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<DeleteArticlePayload> {
    return ctx.articleWrites.delete(keyOf(id, GraphLabel.ARTICLE));
  }
}
