// The benchmark graph: generated articles written through claimgraph's own write path
// (extractArticle → toArticleFacts → writeArticle, the merge-*.cypher queries), so that the graph
// has exactly the shape the API reads. Only the transaction boundaries differ from ingestion:
// several articles share one transaction and their statements are pipelined, which writes
// 10,000 articles in a few minutes instead of the ~7 of one transaction per article.
import type { EntityKnowledge } from '../src/ingest/extract/EntityKnowledge.js';
import { extractArticle } from '../src/ingest/extract/extractArticle.js';
import { linkArticleFigures } from '../src/ingest/link/linkArticleFigures.js';
import { toArticleFacts } from '../src/ingest/pipeline/toArticleFacts.js';
import type { ArticleFacts } from '../src/ingest/write/ArticleFacts.js';
import { writeArticle, type ArticleWriter } from '../src/ingest/write/writeArticle.js';
import type { Database, QueryRunner } from '../src/neo4j/Database.js';
import { generateArticles } from './generateArticles.js';

export interface BenchGraphOptions {
  articles: number;
  /** Articles written in one transaction. */
  perTransaction: number;
  knowledge: EntityKnowledge;
  /** Also compute figure links (SAME_QUANTITY_AS, CLOSE_TO, CONFLICTS_WITH) as ingestion does; several times slower. */
  linkFigures: boolean;
  log: (line: string) => void;
}

export interface BenchGraphSummary {
  articles: number;
  figures: number;
  quotes: number;
  seconds: number;
}

/** A writer whose "transactions" are all the one transaction it was given. */
function within(tx: QueryRunner): ArticleWriter {
  return { writeTransaction: (work) => work(tx) } as ArticleWriter;
}

function factsOf(first: number, count: number, knowledge: EntityKnowledge): ArticleFacts[] {
  return generateArticles(count, first).map((article) => toArticleFacts(article, extractArticle(article, knowledge)));
}

/**
 * Writes `articles` generated articles (ids `bench-0` …), `perTransaction` at a time. Each batch
 * is extracted while the previous one is being written.
 */
export async function loadBenchGraph(db: Database, options: BenchGraphOptions): Promise<BenchGraphSummary> {
  const start = process.hrtime.bigint();
  let figures = 0;
  let quotes = 0;
  let written = 0;
  let lastReport = Date.now();
  let next = factsOf(0, Math.min(options.perTransaction, options.articles), options.knowledge);
  for (let first = 0; first < options.articles; first += options.perTransaction) {
    const batch = next;
    const writing = db.writeTransaction(async (tx) => {
      const writer = within(tx);
      // All of the batch's statements go out at once; Neo4j runs them in order within the transaction.
      const afterWrite = options.linkFigures ? (runner: QueryRunner, articleId: string) => linkArticleFigures(runner, articleId).then(() => undefined) : undefined;
      return Promise.all(batch.map((facts) => writeArticle(writer, facts, afterWrite ? { afterWrite } : {})));
    });
    const following = first + options.perTransaction;
    // Extract the next batch while Neo4j writes this one (setImmediate: after the statements are sent).
    next = following < options.articles
      ? await new Promise<ArticleFacts[]>((resolve) => setImmediate(() => resolve(factsOf(following, Math.min(options.perTransaction, options.articles - following), options.knowledge))))
      : [];
    for (const result of await writing) {
      figures += result.figures;
      quotes += result.quotes;
    }
    written += batch.length;
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      options.log(`  ${written} / ${options.articles} articles written (${(written / seconds).toFixed(0)}/s)`);
    }
  }
  // Quote, title and figure text are indexed in the background: the answers checked first must not change under load.
  await db.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  return { articles: written, figures, quotes, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
