import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from '../config/Config.js';
import { projectRoot } from '../config/projectRoot.js';
import { WriteAccess } from '../graph/access/WriteAccess.js';
import { buildGraphSchema } from '../graph/buildGraphSchema.js';
import { GraphContext } from '../graph/GraphContext.js';
import type { EntityKnowledge } from '../ingest/extract/EntityKnowledge.js';
import { loadEntityKnowledge } from '../ingest/extract/loadEntityKnowledge.js';
import { loadSeedGraph } from '../ingest/seed/loadSeedGraph.js';
import { applyMigrations } from '../neo4j/applyMigrations.js';
import { applySchema } from '../neo4j/applySchema.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { createDriver, Database } from '../neo4j/Database.js';
import { Deadline } from '../neo4j/Deadline.js';
import { QueryCatalog } from '../neo4j/QueryCatalog.js';
import { createApp } from './createApp.js';
import { StartupError } from './StartupError.js';

export interface RunningServer {
  url: string;
  db: Database;
  httpServer: Server;
  stop(): Promise<void>;
}

const CYPHER_DIR = join(projectRoot, 'cypher');
export const SEED_DIR = join(projectRoot, 'data', 'seed');

/** Opens a driver on a reachable Neo4j, schema applied; the caller closes it. */
export async function openDatabase(config: Config, connection: Parameters<typeof createDriver>[0]): Promise<Database> {
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(`cannot reach Neo4j at ${connection.uri} (${reason}): check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD`);
  }
  try {
    await applySchema(driver, join(CYPHER_DIR, 'schema'), connection.database);
    await applyMigrations(driver, join(CYPHER_DIR, 'migrations'), connection.database);
    const catalog = await QueryCatalog.load(join(CYPHER_DIR, 'queries'));
    return new Database(driver, catalog, { database: connection.database, timeoutMs: config.queryTimeoutMs });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** The alias list ingestArticle resolves names with, read once for the server's life. */
async function loadKnowledge(config: Config): Promise<EntityKnowledge> {
  try {
    return await loadEntityKnowledge(config.entityPaths);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot read the entity alias lists (built-in, then CLAIMGRAPH_ENTITIES): ${reason}`);
  }
}

export async function startServer(config: Config, options: { seed: boolean; log: (line: string) => void }): Promise<RunningServer> {
  const knowledge = await loadKnowledge(config);
  const target = await connectNeo4j(config, options.log);
  const release = async (db?: Database) => {
    await db?.close();
    if (target.startedHere) await target.local?.stop();
  };
  let db: Database | undefined;
  let stopApollo: (() => Promise<void>) | undefined;
  const httpServer = createServer();
  try {
    db = await openDatabase(config, target.connection);
    if (options.seed) {
      const summary = await loadSeedGraph(db, SEED_DIR);
      const fresh = summary.articles.filter((article) => article.outcome !== 'unchanged').length;
      options.log(`Seed graph: ${summary.articles.length} articles (${fresh} written, ${summary.articles.length - fresh} unchanged)`);
    }
    const database = db;
    const app = await createApp({
      schema: await buildGraphSchema(),
      production: config.production,
      httpServer,
      context: (request) =>
        new GraphContext(database, new Deadline(config.requestDeadlineMs), {
          access: WriteAccess.of(config.apiToken, request.headers.authorization),
          knowledge,
        }),
      isReady: () => database.isReady(),
      logError: (error) => options.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    stopApollo = () => app.apollo.stop();
    httpServer.on('request', app.handler);
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartupError(`port ${config.port} is taken: set PORT to a free port`) : error);
      httpServer.once('error', onError);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', onError);
        resolve();
      });
    });
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      url: `http://localhost:${port}/graphql`,
      db: database,
      httpServer,
      async stop() {
        await app.apollo.stop();
        await release(database);
      },
    };
  } catch (error) {
    await stopApollo?.();
    await release(db);
    throw error;
  }
}
