// Side by side on one scratch Neo4j and one graph: (a) hand-written Cypher through the driver (the
// floor), (b) claimgraph's GraphQL API, (c) @neo4j/graphql over equivalent type definitions; five
// read operations, each checked to give the same answer three ways, then timed with autocannon at a
// fixed concurrency against all three over HTTP. `npm run bench`; sizes from BENCH_* variables
// (bench/README.md).
import 'reflect-metadata';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/Config.js';
import { loadEntityKnowledge } from '../src/ingest/extract/loadEntityKnowledge.js';
import { loadSeedGraph } from '../src/ingest/seed/loadSeedGraph.js';
import { NEO4J_VERSION } from '../src/neo4j/local/neo4jVersions.js';
import { startScratchNeo4j } from '../src/neo4j/local/startScratchNeo4j.js';
import { openDatabase, SEED_DIR } from '../src/server/startServer.js';
import { OPERATIONS, type Operation } from './graphql/operations.js';
import type { ChildMessage, ParentMessage, ServerUrls, TracedStatement } from './graphql/servers.js';
import { loadBenchGraph } from './loadBenchGraph.js';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

const ARTICLES = intFromEnv('BENCH_ARTICLES', 10_000);
const ARTICLES_PER_TRANSACTION = intFromEnv('BENCH_ARTICLES_PER_TRANSACTION', 100);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 8);
const ROUNDS = intFromEnv('BENCH_ROUNDS', 3);
const ROUND_S = intFromEnv('BENCH_ROUND_SECONDS', 4);
const WARMUP_S = intFromEnv('BENCH_WARMUP', 3);
const PAGECACHE = process.env.BENCH_NEO4J_PAGECACHE || '1g';
const LINK_FIGURES = process.env.BENCH_LINK_FIGURES === '1';
const ONLY = (process.env.BENCH_OPERATIONS ?? '').split(',').map((key) => key.trim()).filter(Boolean);

/**
 * APOC core for @neo4j/graphql, for this benchmark's scratch server only. Maven Central has no
 * apoc-core 5.26.30 (nor a `core` classifier): 5.26.19 is the newest of the 5.26 line there, and
 * its thin jar needs apoc-common beside it.
 */
const APOC_VERSION = '5.26.19';
const APOC = [`org.neo4j.procedure:apoc-core:${APOC_VERSION}`, `org.neo4j.procedure:apoc-common:${APOC_VERSION}`];

type Way = 'cypher' | 'claimgraph' | 'neo4jGraphql';
const WAYS: { way: Way; label: string }[] = [
  { way: 'cypher', label: '(a) hand Cypher' },
  { way: 'claimgraph', label: '(b) claimgraph' },
  { way: 'neo4jGraphql', label: '(c) @neo4j/graphql' },
];

const log = (line: string) => console.log(line);

interface HttpRequest {
  url: string;
  body: string;
}

function requestOf(operation: Operation, way: Way, urls: ServerUrls): HttpRequest {
  if (way === 'cypher') return { url: `${urls.cypher}/${operation.key}`, body: JSON.stringify(operation.variables) };
  const request = way === 'claimgraph' ? operation.claimgraph : operation.neo4jGraphql;
  return { url: urls[way], body: JSON.stringify({ query: request.query, variables: request.variables }) };
}

async function post(request: HttpRequest): Promise<{ text: string; json: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.url} answered ${response.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`${request.url} answered errors: ${JSON.stringify(json.errors).slice(0, 1000)}`);
  return { text, json };
}

/** The first place two normal forms differ, as a path and both values. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

function summaryOf(answer: unknown): string {
  if (Array.isArray(answer)) return `${answer.length} items`;
  if (answer && typeof answer === 'object') {
    const object = answer as Record<string, unknown>;
    if (Array.isArray(object.nodes)) return `${object.nodes.length} items of ${String(object.totalCount)}`;
    if (Array.isArray(object.quotes)) return `${object.quotes.length} quotes, ${object.quotes.reduce((sum: number, quote: { aboutFigures?: unknown[] }) => sum + (quote.aboutFigures?.length ?? 0), 0)} figures`;
  }
  return JSON.stringify(answer).slice(0, 60);
}

interface Measurement {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Answers under load unlike the one checked before it, by way. claimgraph's or the floor's fail the
 * run; @neo4j/graphql's are reported (it is what claimgraph is compared with, not what is tested).
 */
const wrongAnswers = new Map<Way, number>();

/**
 * Requests at a fixed concurrency for a fixed time; returns the latency of every answer, in ms,
 * from autocannon's per-response event (its own histogram keeps whole milliseconds). Every answer
 * must be byte-identical to the checked one; an error under load fails at once.
 */
async function run(request: HttpRequest, expected: string, seconds: number, way: Way): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body,
        connections: CONNECTIONS, duration: seconds, expectBody: expected, timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) {
    throw new Error(`${request.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${result.mismatches ?? 0} answers unlike the checked one`);
  }
  // A wrong answer under load is a failure of the run, reported at its end, but the other
  // measurements still finish: one odd answer among thousands should not cost the whole table.
  if ((result.mismatches ?? 0) > 0) {
    wrongAnswers.set(way, (wrongAnswers.get(way) ?? 0) + (result.mismatches ?? 0));
    console.log(`  ${WAYS.find((each) => each.way === way)!.label}: ${result.mismatches} of ${latencies.length} answers unlike the checked one`);
  }
  return { latencies, seconds: result.duration || seconds };
}

function measurementOf(runs: { latencies: number[]; seconds: number }[], url: string): Measurement {
  const latencies = runs.flatMap((one) => one.latencies).sort((x, y) => x - y);
  if (latencies.length < 10) throw new Error(`${url}: only ${latencies.length} answers in ${ROUNDS} rounds of ${ROUND_S} s; raise BENCH_ROUND_SECONDS`);
  const seconds = runs.reduce((sum, one) => sum + one.seconds, 0);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / seconds, requests: latencies.length };
}

function startServers(connection: unknown): Promise<{ child: ChildProcess; urls: ServerUrls }> {
  const child = fork(fileURLToPath(new URL('./graphql/servers.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_NEO4J_CONNECTION: JSON.stringify(connection) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the servers' process exited (${code}) before it was ready`));
    child.once('exit', onExit);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        child.off('exit', onExit);
        resolve({ child, urls: message.urls });
      } else if (message.type === 'failed') {
        child.off('exit', onExit);
        reject(new Error(`the servers did not start: ${message.error}`));
      }
    });
  });
}

function statements(child: ChildProcess): Promise<Record<Way, number>> {
  return new Promise((resolve) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== 'statements') return;
      child.off('message', onMessage);
      resolve({ cypher: message.cypher, claimgraph: message.claimgraph, neo4jGraphql: message.neo4jGraphql });
    };
    child.on('message', onMessage);
    child.send({ type: 'statements' } satisfies ParentMessage);
  });
}

/** claimgraph's named queries for one request, each with when it started and how long it took. */
async function traceClaimgraph(child: ChildProcess, request: HttpRequest): Promise<TracedStatement[]> {
  child.send({ type: 'trace', on: true } satisfies ParentMessage);
  // Messages are handled in order: once this answer is back, tracing is on.
  await statements(child);
  await post(request);
  return new Promise((resolve) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type !== 'trace') return;
      child.off('message', onMessage);
      resolve(message.statements);
    };
    child.on('message', onMessage);
    child.send({ type: 'trace', on: false } satisfies ParentMessage);
  });
}

async function stopServers(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' } satisfies ParentMessage);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const fixed = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

async function main(): Promise<void> {
  const started = Date.now();
  const operations = ONLY.length ? OPERATIONS.filter((operation) => ONLY.includes(operation.key)) : OPERATIONS;
  if (operations.length === 0) throw new Error(`BENCH_OPERATIONS names none of ${OPERATIONS.map((operation) => operation.key).join(', ')}`);
  const config = loadConfig();
  log(`Starting a scratch Neo4j ${NEO4J_VERSION} with APOC core ${APOC_VERSION} (page cache ${PAGECACHE})...`);
  const scratch = await startScratchNeo4j(config, log, {
    plugins: APOC,
    settings: { 'dbms.security.procedures.unrestricted': 'apoc.*', 'server.memory.pagecache.size': PAGECACHE },
  });
  let child: ChildProcess | undefined;
  // Ctrl-C: stop the servers and the scratch Neo4j (a detached JVM) rather than leave them running.
  const interrupted = () => {
    log('Interrupted: stopping the servers and Neo4j...');
    void (async () => {
      if (child) await stopServers(child).catch(() => {});
      await scratch.dispose().catch(() => {});
      process.exit(130);
    })();
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // Loading writes 100 articles per transaction into a cold server: a step of setting up, not a
    // request, so it gets more than the API's per-query timeout.
    const db = await openDatabase({ ...config, queryTimeoutMs: Math.max(config.queryTimeoutMs, 120_000) }, scratch.connection);
    try {
      const seed = await loadSeedGraph(db, SEED_DIR);
      log(`Seed graph: ${seed.articles.length} articles, ${seed.figureLinks} curated figure links`);
      log(`Writing ${fixed(ARTICLES)} generated articles through the write path, ${ARTICLES_PER_TRANSACTION} per transaction${LINK_FIGURES ? ', figure links computed' : ''}...`);
      const loaded = await loadBenchGraph(db, { articles: ARTICLES, perTransaction: ARTICLES_PER_TRANSACTION, knowledge: await loadEntityKnowledge(), linkFigures: LINK_FIGURES, log });
      log(`  ${fixed(loaded.articles)} articles, ${fixed(loaded.figures)} figures, ${fixed(loaded.quotes)} quotes in ${loaded.seconds.toFixed(0)} s (${(loaded.articles / loaded.seconds).toFixed(0)} articles/s)`);
      const { records } = await db.driver.executeQuery(
        `CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label }
         RETURN collect(label + ' ' + count) AS labels, COUNT { ()-[]->() } AS relationships`,
      );
      log(`  graph: ${(records[0]?.get('labels') as string[]).join(', ')}; ${fixed(Number(records[0]?.get('relationships')))} relationships`);
    } finally {
      await db.close();
    }

    const servers = await startServers(scratch.connection);
    child = servers.child;
    const { urls } = servers;
    log(`Servers: (a) ${urls.cypher}  (b) ${urls.claimgraph}  (c) ${urls.neo4jGraphql}`);

    // Same answers first, or nothing is measured.
    const expected = new Map<string, string>();
    const statementsPerRequest = new Map<string, Record<Way, number>>();
    const traces = new Map<string, TracedStatement[]>();
    for (const operation of operations) {
      const answers = {} as Record<Way, unknown>;
      const counts = {} as Record<Way, number>;
      for (const { way } of WAYS) {
        const { text, json } = await post(requestOf(operation, way, urls));
        expected.set(`${operation.key}:${way}`, text);
        answers[way] = way === 'cypher' ? json.data : (way === 'claimgraph' ? operation.claimgraph : operation.neo4jGraphql).normalise(json.data);
        // Statements of one request, counted on a second one (the first may run a server's one-off queries).
        const before = await statements(child);
        await post(requestOf(operation, way, urls));
        counts[way] = (await statements(child))[way] - before[way];
      }
      statementsPerRequest.set(operation.key, counts);
      traces.set(operation.key, await traceClaimgraph(child, requestOf(operation, 'claimgraph', urls)));
      for (const way of ['claimgraph', 'neo4jGraphql'] as const) {
        const difference = firstDifference(answers.cypher, answers[way]);
        if (difference) throw new Error(`${operation.key}: ${way} does not answer as the hand-written Cypher does, at ${difference}`);
      }
      if (JSON.stringify(answers.cypher).length < 10) throw new Error(`${operation.key}: the answer is empty (${JSON.stringify(answers.cypher)}); the benchmark graph lacks what it asks for`);
      log(`same answer three ways: ${operation.key} (${summaryOf(answers.cypher)})`);
    }

    // Interleaved rounds, (a) (b) (c) (a) (b) (c) ..., so that whatever else the machine does falls on all three alike.
    log(`\nLoad: ${CONNECTIONS} connections; per operation ${WARMUP_S} s warm-up for each server, then ${ROUNDS} interleaved rounds of ${ROUND_S} s each`);
    const loadBefore = loadavg()[0]!;
    const results = new Map<string, Measurement>();
    for (const operation of operations) {
      const runs = new Map<Way, { latencies: number[]; seconds: number }[]>(WAYS.map(({ way }) => [way, []]));
      for (const { way } of WAYS) await run(requestOf(operation, way, urls), expected.get(`${operation.key}:${way}`)!, WARMUP_S, way);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const { way } of WAYS) runs.get(way)!.push(await run(requestOf(operation, way, urls), expected.get(`${operation.key}:${way}`)!, ROUND_S, way));
      }
      for (const { way, label } of WAYS) {
        const measured = measurementOf(runs.get(way)!, requestOf(operation, way, urls).url);
        results.set(`${operation.key}:${way}`, measured);
        log(`  ${operation.key.padEnd(14)} ${label.padEnd(19)} p50 ${ms(measured.p50).padStart(6)} ms  p99 ${ms(measured.p99).padStart(6)} ms  ${measured.rps.toFixed(0).padStart(5)} req/s  (${measured.requests} answers)`);
      }
    }
    const loadAfter = loadavg()[0]!;

    const date = new Date().toISOString().slice(0, 10);
    log(`\n${date}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Neo4j ${NEO4J_VERSION} Community, ${fixed(ARTICLES)} generated articles + seed, ${CONNECTIONS} connections, ${ROUNDS} × ${ROUND_S} s per cell, load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the load; ${((Date.now() - started) / 60_000).toFixed(1)} min in all\n`);
    log('| operation | (a) hand Cypher p50 / p99 / req/s | (b) claimgraph p50 / p99 / req/s | (c) @neo4j/graphql p50 / p99 / req/s | (b)/(a) p50, target ≤ 1.5 | (b)/(c) p50, target ≤ 1.0 | statements per request (a) / (b) / (c) |');
    log('|---|---|---|---|---|---|---|');
    const missed: string[] = [];
    for (const operation of operations) {
      const [a, b, c] = WAYS.map(({ way }) => results.get(`${operation.key}:${way}`)!) as [Measurement, Measurement, Measurement];
      const cell = (m: Measurement) => `${ms(m.p50)} / ${ms(m.p99)} ms / ${m.rps.toFixed(0)}`;
      const floor = b.p50 / a.p50;
      const library = b.p50 / c.p50;
      if (floor > 1.5) missed.push(`${operation.key}: claimgraph p50 is ${floor.toFixed(2)}x the hand-written Cypher's (target ≤ 1.5)`);
      if (library > 1.0) missed.push(`${operation.key}: claimgraph p50 is ${library.toFixed(2)}x @neo4j/graphql's (target ≤ 1.0)`);
      const counts = statementsPerRequest.get(operation.key)!;
      log(`| ${operation.key} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${floor.toFixed(2)}${floor > 1.5 ? ' ✗' : ''} | ${library.toFixed(2)}${library > 1.0 ? ' ✗' : ''} | ${counts.cypher} / ${counts.claimgraph} / ${counts.neo4jGraphql} |`);
    }
    log('');
    for (const operation of operations) log(`- ${operation.key}: ${operation.title}`);
    log('\nclaimgraph, one request without load: each named query (its own read transaction) as started at +ms, taking ms');
    for (const operation of operations) {
      const steps = traces.get(operation.key) ?? [];
      const end = Math.max(0, ...steps.map((step) => step.startMs + step.ms));
      log(`- ${operation.key} (${ms(end)} ms in Neo4j calls): ${steps.map((step) => `${step.name}${step.keys === undefined ? '' : `[${step.keys}]`} +${step.startMs.toFixed(0)} ${ms(step.ms)}`).join(', ')}`);
    }
    log(missed.length ? `\nTargets missed:\n${missed.map((line) => `- ${line}`).join('\n')}` : '\nAll targets met.');
    for (const { way, label } of WAYS) {
      const count = wrongAnswers.get(way) ?? 0;
      if (count === 0) continue;
      log(`\n${label}: ${count} answers under load were unlike the checked one (see above).`);
      if (way !== 'neo4jGraphql') process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (child) await stopServers(child);
    await scratch.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
});
