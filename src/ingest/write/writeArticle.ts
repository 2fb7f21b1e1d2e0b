import { createHash } from 'node:crypto';
import type { Database, QueryRunner } from '../../neo4j/Database.js';
import { ArticleFactsSchema, type ArticleFacts } from './ArticleFacts.js';
import { IngestInputError } from './IngestInputError.js';
import { planArticleWrite } from './planArticleWrite.js';

/** Raised when the stored shape of facts changes (v2: figures hold measureId), so that curated articles are rewritten. */
const STORAGE_VERSION = 2;

/** All the write path needs of the database. */
export type ArticleWriter = Pick<Database, 'writeTransaction'>;

export type WriteOutcome = 'new' | 'unchanged' | 'updated';

export interface WriteResult {
  articleId: string;
  outcome: WriteOutcome;
  entitiesCreated: number;
  /** Entities of the article resolved onto nodes already in the graph (same canonical name or id). */
  entitiesMerged: number;
  figures: number;
  quotes: number;
}

export interface WriteOptions {
  /**
   * When an article counts as unchanged. Curated data ('same-facts') is rewritten when its facts
   * change over the same text; extracted data ('same-text') only when the text changes, so that
   * ingesting a stored text again, under any id, changes nothing.
   */
  unchangedWhen?: 'same-facts' | 'same-text';
  /** Runs inside the article's transaction after its facts are written, e.g. to link its figures. */
  afterWrite?: (tx: QueryRunner, articleId: string) => Promise<void>;
  now?: Date;
}

/** Validates raw input into facts, listing every problem rather than the first. */
export function parseArticleFacts(input: unknown): ArticleFacts {
  const parsed = ArticleFactsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new IngestInputError(`invalid article facts: ${issues[0]}`, issues);
}

function firstNumber(rows: Record<string, unknown>[], column: string): number {
  const value = rows[0]?.[column];
  return typeof value === 'number' ? value : 0;
}

/**
 * The one write path for an article: one transaction, MERGE on ids, so that writing the same
 * text and facts twice changes nothing and a change replaces the article's facts atomically.
 */
export async function writeArticle(db: ArticleWriter, facts: ArticleFacts, options: WriteOptions = {}): Promise<WriteResult> {
  const { unchangedWhen = 'same-facts', afterWrite, now = new Date() } = options;
  const plan = planArticleWrite(facts);
  const articleId = plan.article.id;
  // The same text with corrected facts (a curated fix, a better extractor) must still be written, and
  // so must the same facts when the way they are stored changes (STORAGE_VERSION).
  const factsHash = createHash('sha256').update(`${STORAGE_VERSION}\n${JSON.stringify(facts)}`).digest('hex');
  return db.writeTransaction(async (tx) => {
    const unchanged = (id: string) => ({ articleId: id, outcome: 'unchanged', entitiesCreated: 0, entitiesMerged: 0, figures: 0, quotes: 0 }) as WriteResult;
    if (unchangedWhen === 'same-text') {
      const [sameText] = await tx.run('find-article-by-content', { contentHash: plan.article.contentHash });
      if (typeof sameText?.id === 'string' && sameText.id !== articleId) return unchanged(sameText.id);
    }
    const [stored] = await tx.run('find-article-hash', { id: articleId });
    const storedHash = stored?.contentHash ?? null;
    if (storedHash === plan.article.contentHash && (unchangedWhen === 'same-text' || stored?.factsHash === factsHash)) {
      return unchanged(articleId);
    }
    if (storedHash !== null) await tx.run('delete-article-facts', { articleId });
    await tx.run('merge-article', { article: plan.article, factsHash, ingestedAt: now.toISOString() });
    const organizations = await tx.run('merge-organizations', { articleId, organizations: plan.organizations });
    const people = await tx.run('merge-people', { articleId, people: plan.people });
    const programs = await tx.run('merge-programs', { articleId, programs: plan.programs });
    await tx.run('merge-entity-links', { articleId, roles: plan.roles, partOf: plan.partOf, runBy: plan.runBy });
    await tx.run('merge-article-sources', { articleId, publisherId: plan.publisherId, bylineIds: plan.bylineIds, citedIds: plan.citedIds });
    const figures = await tx.run('merge-figures', { articleId, figures: plan.figures });
    const quotes = await tx.run('merge-quotes', { articleId, quotes: plan.quotes });
    await afterWrite?.(tx, articleId);
    const entitiesCreated = firstNumber(organizations, 'created') + firstNumber(people, 'created') + firstNumber(programs, 'created');
    return {
      articleId,
      outcome: storedHash === null ? 'new' : 'updated',
      entitiesCreated,
      entitiesMerged: plan.organizations.length + plan.people.length + plan.programs.length - entitiesCreated,
      figures: firstNumber(figures, 'figures'),
      quotes: firstNumber(quotes, 'quotes'),
    } as WriteResult;
  });
}
