import { createHash } from 'node:crypto';
import type { Database, QueryRunner } from '../../neo4j/Database.js';
import { ArticleFactsSchema, type ArticleFacts } from './ArticleFacts.js';
import { IngestInputError } from './IngestInputError.js';
import { planArticleWrite } from './planArticleWrite.js';

/** Raised when the stored shape of facts changes (v2: figures hold measureId; v3: MENTIONS hold the PART_OF and RUN_BY an article states), so that curated articles are rewritten. */
const STORAGE_VERSION = 3;

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
  /**
   * Runs inside the article's transaction after its facts are written, e.g. to link its figures. It
   * is called as soon as the facts' statement is sent: its statements run after it, in order.
   */
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
    const [stored] = await tx.run('find-article-write-state', {
      id: articleId, contentHash: plan.article.contentHash, anyIdWithText: unchangedWhen === 'same-text',
    });
    if (typeof stored?.sameTextId === 'string' && stored.sameTextId !== articleId) return unchanged(stored.sameTextId);
    const storedHash = stored?.contentHash ?? null;
    if (storedHash === plan.article.contentHash && (unchangedWhen === 'same-text' || stored?.factsHash === factsHash)) {
      return unchanged(articleId);
    }
    if (storedHash !== null) await tx.run('delete-article-facts', { articleId });
    const writing = tx.run('merge-article-facts', {
      article: plan.article, factsHash, ingestedAt: now.toISOString(),
      organizations: plan.organizations, people: plan.people, programs: plan.programs,
      roles: plan.roles,
      publisherId: plan.publisherId, bylineIds: plan.bylineIds, citedIds: plan.citedIds,
      figures: plan.figures, quotes: plan.quotes,
    });
    // Neo4j runs a transaction's statements in the order they are sent, so afterWrite's first
    // statements can follow the facts without waiting for their answer: a round trip less.
    const [written] = await Promise.all([writing, afterWrite?.(tx, articleId)]);
    const entitiesCreated = firstNumber(written, 'entitiesCreated');
    return {
      articleId,
      outcome: storedHash === null ? 'new' : 'updated',
      entitiesCreated,
      entitiesMerged: plan.organizations.length + plan.people.length + plan.programs.length - entitiesCreated,
      figures: firstNumber(written, 'figures'),
      quotes: firstNumber(written, 'quotes'),
    } as WriteResult;
  });
}
