import { badUserInput } from '../../errors/badUserInput.js';
import type { EntityKnowledge } from '../../ingest/extract/EntityKnowledge.js';
import { deleteArticle } from '../../ingest/write/deleteArticle.js';
import { ingestSource } from '../../ingest/pipeline/ingestSource.js';
import type { SourceArticle } from '../../ingest/read/SourceArticle.js';
import { IngestInputError } from '../../ingest/write/IngestInputError.js';
import type { WriteOutcome, WriteResult } from '../../ingest/write/writeArticle.js';
import type { Database } from '../../neo4j/Database.js';
import type { Article } from '../article/Article.js';
import type { ArticleService } from '../article/ArticleService.js';
import type { Loaders } from '../loading/Loaders.js';
import { calendarDate } from './calendarDate.js';
import { DeleteArticlePayload } from './DeleteArticlePayload.js';
import type { IngestArticleInput } from './IngestArticleInput.js';
import { IngestArticlePayload } from './IngestArticlePayload.js';
import { IngestOutcome } from './IngestOutcome.js';

const OUTCOMES: Record<WriteOutcome, IngestOutcome> = {
  new: IngestOutcome.NEW,
  unchanged: IngestOutcome.UNCHANGED,
  updated: IngestOutcome.UPDATED,
};

/** Articles written and deleted through the API, each in one transaction. */
export class ArticleWriteService {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
    private readonly articles: ArticleService,
    private readonly knowledge: EntityKnowledge,
  ) {}

  async ingest(input: IngestArticleInput): Promise<IngestArticlePayload> {
    const source: SourceArticle = {
      id: input.id ?? null,
      text: input.text,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      publishedOn: calendarDate(input.publishedOn ?? null, 'publishedOn'),
      byline: input.byline ?? [],
    };
    let result: WriteResult;
    try {
      result = await ingestSource(this.db, source, { knowledge: this.knowledge });
    } catch (error) {
      // The pipeline's input errors (empty or oversized text, an invalid id or URL) are the client's to fix.
      if (error instanceof IngestInputError) throw badUserInput(error.message, { issues: error.issues });
      throw error;
    }
    return Object.assign(new IngestArticlePayload(), {
      outcome: OUTCOMES[result.outcome],
      article: await this.readBack(result.articleId),
      entitiesCreated: result.entitiesCreated,
      entitiesMerged: result.entitiesMerged,
      figures: result.figures,
      quotes: result.quotes,
    });
  }

  /** Removes the article, its figures and quotes, and the entities, measures and periods only it referred to. */
  async delete(id: string): Promise<DeleteArticlePayload> {
    const deleted = await deleteArticle(this.db, id);
    const payload = deleted
      ? Object.assign(new DeleteArticlePayload(), {
          deleted: true,
          figuresDeleted: deleted.figures,
          quotesDeleted: deleted.quotes,
          entitiesDeleted: deleted.entities,
          measuresDeleted: deleted.measures,
          periodsDeleted: deleted.periods,
        })
      : DeleteArticlePayload.none();
    this.loaders.forget();
    return payload;
  }

  /** The article as stored now: what this request read before the write is stale. */
  private async readBack(id: string): Promise<Article> {
    this.loaders.forget();
    const article = await this.articles.byId(id);
    if (!article) throw new Error(`article ${id} was written but cannot be read back`);
    return article;
  }
}
