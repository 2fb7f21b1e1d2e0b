// Extraction and ingestion throughput: `npm run bench:ingest`.
// Extraction runs on one core (this process's main thread) over generated ~5 KB articles; its
// baseline is cutting the same texts into sentences, the cheapest stage. Ingestion writes into a
// scratch Neo4j (or NEO4J_URI) in batches of concurrent transactions; its baseline is writing the
// same, already extracted facts, so the ratio shows what extraction and figure linking add.
import 'reflect-metadata';
import { loadConfig } from '../src/config/Config.js';
import { extractArticle } from '../src/ingest/extract/extractArticle.js';
import { loadEntityKnowledge } from '../src/ingest/extract/loadEntityKnowledge.js';
import { segmentText } from '../src/ingest/extract/segmentText.js';
import { ingestSource } from '../src/ingest/pipeline/ingestSource.js';
import { toArticleFacts } from '../src/ingest/pipeline/toArticleFacts.js';
import { writeArticle } from '../src/ingest/write/writeArticle.js';
import { startScratchNeo4j } from '../src/neo4j/local/startScratchNeo4j.js';
import { openDatabase } from '../src/server/startServer.js';
import { generateArticles, type ValueModel } from './generateArticles.js';

const EXTRACTION_ARTICLES = Number(process.env.BENCH_EXTRACTION_ARTICLES ?? 1000);
const INGEST_ARTICLES = Number(process.env.BENCH_INGEST_ARTICLES ?? 400);
const BATCH = Number(process.env.BENCH_BATCH ?? 1);
// A freshly started Neo4j spends more CPU compiling its own code (the JVM's JIT) than running the statements for its
// first several hundred articles (measured: 30-40 ms per article for the JIT after 200 articles, 5 ms after 1,000), and
// writing kept getting faster for about 4,000 articles (per 500 written four at a time: 20, 35, 41, 48, 50, 51, 50, 56,
// 65, 75 articles/s, then steady), so the measured phases come after this many; the warm-up's own rate is reported as
// what a fresh start gives.
const WARMUP_ARTICLES = Number(process.env.BENCH_WARMUP_ARTICLES ?? 4000);
const VALUES = valueModel(process.env.BENCH_VALUES ?? 'published');

function valueModel(name: string): ValueModel {
  if (name !== 'published' && name !== 'random') throw new Error(`BENCH_VALUES must be published or random, not ${name}`);
  return name;
}

function seconds(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function inBatches<T>(items: T[], write: (item: T) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(write));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const row = (name: string, perSecond: number, extra = '') => console.log(`${name.padEnd(34)} ${perSecond.toFixed(1).padStart(8)} articles/s${extra}`);

async function main(): Promise<void> {
  const knowledge = await loadEntityKnowledge();
  const corpus = generateArticles(EXTRACTION_ARTICLES, 0, VALUES);
  const megabytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6;
  const sample = corpus.slice(0, 50).map((article) => extractArticle(article, knowledge));
  const perKb = (count: (extraction: (typeof sample)[number]) => number) => (sample.reduce((sum, extraction) => sum + count(extraction), 0) / ((megabytes * 1e3 * 50) / corpus.length)).toFixed(1);
  console.log(`corpus: ${corpus.length} generated articles with ${VALUES} values, ${((megabytes * 1e3) / corpus.length).toFixed(1)} KB each on average, ${perKb((e) => e.figures.length)} figures and ${perKb((e) => e.quotes.length)} quotes per KB`);

  for (const article of corpus.slice(0, 50)) extractArticle(article, knowledge);
  const baseline = seconds(() => corpus.forEach((article) => segmentText(article.text)));
  const extraction = seconds(() => corpus.forEach((article) => extractArticle(article, knowledge)));
  console.log('\nextraction, one core');
  row('baseline: sentence splitting', corpus.length / baseline);
  row('claimgraph extract', corpus.length / extraction, `, ${(megabytes / extraction).toFixed(2)} MB/s, ${(extraction / baseline).toFixed(1)}x the baseline's time`);

  const config = loadConfig();
  const scratch = await startScratchNeo4j(config, () => {});
  try {
    const db = await openDatabase(config, scratch.connection);
    try {
      const run = Date.now().toString(36);
      const toWrite = generateArticles(INGEST_ARTICLES, 100_000, VALUES).map((article) => ({ ...article, id: `bench-${run}-w-${article.id}` }));
      const facts = toWrite.map((article) => toArticleFacts(article, extractArticle(article, knowledge)));
      const toIngest = generateArticles(INGEST_ARTICLES, 200_000, VALUES).map((article) => ({ ...article, id: `bench-${run}-i-${article.id}` }));
      // Warm the JIT, the query plans and the page cache on articles of their own.
      const warming = await inBatches(generateArticles(WARMUP_ARTICLES, 300_000, VALUES).map((article) => ({ ...article, id: `bench-${run}-warm-${article.id}` })), (article) => ingestSource(db, article, { knowledge }));
      const written = await inBatches(facts, (article) => writeArticle(db, article, { unchangedWhen: 'same-text' }));
      const cpuBefore = process.cpuUsage();
      const ingested = await inBatches(toIngest, (article) => ingestSource(db, article, { knowledge }));
      const nodeCpu = process.cpuUsage(cpuBefore);
      console.log(`\ningestion into Neo4j, batches of ${BATCH} concurrent articles, ${INGEST_ARTICLES} articles each after ${WARMUP_ARTICLES} of warm-up`);
      row('baseline: write extracted facts', INGEST_ARTICLES / written);
      row('claimgraph ingest (extract+write+link)', INGEST_ARTICLES / ingested, `, ${(ingested / written).toFixed(2)}x the baseline's time, ${((nodeCpu.user + nodeCpu.system) / 1000 / INGEST_ARTICLES).toFixed(1)} ms of this process's CPU per article`);
      row(`  the warm-up: first ${WARMUP_ARTICLES} after start`, WARMUP_ARTICLES / warming);
    } finally {
      await db.close();
    }
  } finally {
    await scratch.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
