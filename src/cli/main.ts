import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config/Config.js';
import { projectRoot } from '../config/projectRoot.js';
import { buildGraphSchema, printGraphSchema } from '../graph/buildGraphSchema.js';
import { extractArticle } from '../ingest/extract/extractArticle.js';
import { loadEntityKnowledge } from '../ingest/extract/loadEntityKnowledge.js';
import { checkArticleText } from '../ingest/pipeline/ingestLimits.js';
import { ingestSource } from '../ingest/pipeline/ingestSource.js';
import { listArticleFiles } from '../ingest/read/listArticleFiles.js';
import { readArticleFile } from '../ingest/read/readArticleFile.js';
import { loadSeedGraph } from '../ingest/seed/loadSeedGraph.js';
import { IngestInputError } from '../ingest/write/IngestInputError.js';
import { connectNeo4j, localNeo4jOf } from '../neo4j/connectNeo4j.js';
import { installNeo4j } from '../neo4j/local/installNeo4j.js';
import { LocalNeo4jError } from '../neo4j/local/LocalNeo4jError.js';
import { openDatabase, SEED_DIR, startServer, type RunningServer } from '../server/startServer.js';
import { StartupError } from '../server/StartupError.js';
import { formatIngestSummary } from './formatIngestSummary.js';
import { ingestFiles } from './ingestFiles.js';
import { progressReporterFor } from './ProgressReporter.js';

const USAGE = `Usage: claimgraph <command>
  serve                     start the GraphQL server (and the local Neo4j unless NEO4J_URI is set)
  neo4j start|stop|status   manage the local Neo4j on its own, e.g. for Neo4j Browser
  neo4j install             only fetch the local Neo4j's jars from Maven Central
  seed                      write the seed graph into Neo4j
  extract <file>            print the extraction of one article file as JSON (no database)
  ingest <files|folders...> extract article files and write them into Neo4j
  emit-schema               write the GraphQL SDL to schema/schema.graphql`;

const log = (line: string) => console.error(line);

/** Set once a signal asks us to stop; start-up failures after that are the stop itself, not errors. */
let stopping = false;

async function serve(): Promise<void> {
  const config = loadConfig();
  // Ctrl-C during start-up must not leave behind a Neo4j that this command started.
  const local = config.neo4j ? undefined : localNeo4jOf(config, log);
  const wasRunning = local ? (await local.state()) !== 'stopped' : true;
  let server: RunningServer | undefined;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping...');
    if (server) await server.stop();
    else if (!wasRunning) await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  server = await startServer(config, { seed: process.env.CLAIMGRAPH_SEED !== 'false', log });
  log(`claimgraph ready at ${server.url}`);
  if (local) log(`Neo4j Browser: ${local.browserUrl} (user neo4j, password in ${local.passwordFile})`);
}

async function neo4jCommand(action: string | undefined): Promise<void> {
  const config = loadConfig();
  if (config.neo4j) throw new StartupError('NEO4J_URI is set, so there is no local Neo4j to manage');
  const local = localNeo4jOf(config, log);
  if (action === 'install') {
    log(`Neo4j jars in ${await installNeo4j(config.local.home, log)}`);
  } else if (action === 'start') {
    const { startedNow } = await local.start();
    log(`Neo4j ${startedNow ? 'started' : 'already running'}: ${local.boltUri}, Browser at ${local.browserUrl}`);
    log(`User neo4j, password: ${await local.password()}`);
  } else if (action === 'stop') {
    log((await local.stop()) ? 'Neo4j stopped' : 'Neo4j was not running');
  } else if (action === 'status') {
    const state = await local.state();
    console.log(state);
    process.exitCode = state === 'running' ? 0 : 3;
  } else {
    throw new StartupError(USAGE);
  }
}

async function seed(): Promise<void> {
  const config = loadConfig();
  const target = await connectNeo4j(config, log);
  try {
    const db = await openDatabase(config, target.connection);
    try {
      const summary = await loadSeedGraph(db, SEED_DIR);
      for (const article of summary.articles) log(`${article.articleId}: ${article.outcome}`);
      log(`figure links: ${summary.figureLinks}`);
    } finally {
      await db.close();
    }
  } finally {
    if (target.startedHere) await target.local?.stop();
  }
}

/** Wrong arguments: usage on stderr and exit code 2, unlike a failed run (1). */
function usageError(message: string): void {
  log(`claimgraph: ${message}\n${USAGE}`);
  process.exitCode = 2;
}

async function extract(paths: string[]): Promise<void> {
  const [file] = paths;
  if (file === undefined || paths.length > 1) return usageError('extract takes one article file');
  const knowledge = await loadEntityKnowledge(loadConfig().entityPaths);
  try {
    const source = await readArticleFile(file);
    checkArticleText(source.text);
    console.log(JSON.stringify(extractArticle(source, knowledge), null, 2));
  } catch (error) {
    throw error instanceof IngestInputError ? new IngestInputError(`${file}: ${error.message}`) : error;
  }
}

async function ingest(paths: string[]): Promise<void> {
  if (paths.length === 0) return usageError('ingest takes article files or folders');
  let files: string[];
  try {
    files = await listArticleFiles(paths);
  } catch (error) {
    if (error instanceof IngestInputError) return usageError(error.message);
    throw error;
  }
  if (files.length === 0) return usageError(`no article files (.txt .text .md .markdown .html .htm .json) in ${paths.join(', ')}`);
  const config = loadConfig();
  const knowledge = await loadEntityKnowledge(config.entityPaths);
  const target = await connectNeo4j(config, log);
  try {
    const db = await openDatabase(config, target.connection);
    try {
      const summary = await ingestFiles(files, async (file) => ingestSource(db, await readArticleFile(file), { knowledge }), progressReporterFor(process.stderr));
      log(formatIngestSummary(summary));
      process.exitCode = summary.failures.length > 0 ? 1 : 0;
    } finally {
      await db.close();
    }
  } finally {
    if (target.startedHere) await target.local?.stop();
  }
}

async function emitSchema(): Promise<void> {
  const path = join(projectRoot, 'schema', 'schema.graphql');
  await writeFile(path, printGraphSchema(await buildGraphSchema()));
  log(`wrote ${path}`);
}

async function main(): Promise<void> {
  const [command = 'serve', ...rest] = process.argv.slice(2);
  if (command === 'serve') return serve();
  if (command === 'neo4j') return neo4jCommand(rest[0]);
  if (command === 'seed') return seed();
  if (command === 'extract') return extract(rest);
  if (command === 'ingest') return ingest(rest);
  if (command === 'emit-schema') return emitSchema();
  throw new StartupError(USAGE);
}

/** One line for the user; the stack only on request, since it rarely says what to do. */
main().catch((error: unknown) => {
  if (stopping) return;
  const expected = error instanceof StartupError || error instanceof LocalNeo4jError || error instanceof ConfigError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`claimgraph: ${expected ? message : message.split('\n')[0]}`);
  if (!expected && process.env.DEBUG) console.error(error);
  process.exit(1);
});
