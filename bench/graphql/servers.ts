// The three servers of the GraphQL benchmark, in one process of their own (forked by
// graphql.bench.ts, which runs the load generator), each on a free loopback port, each with its own
// driver over the same Neo4j:
//   (a) hand-written Cypher: POST /<operation key> with the variables as JSON; a bare node:http server
//   (b) claimgraph: startServer, as `npm start` runs it (seed loading off)
//   (c) @neo4j/graphql: its generated schema served by Apollo Server 5 on claimgraph's HTTP handler
// Messages from the parent: {type: 'statements'} → the statements each server has sent so far;
// {type: 'trace', on} → while on, claimgraph's named queries are timed, and turning it off answers
// them; {type: 'stop'}. To the parent: {type: 'ready', urls} or {type: 'failed', error}.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { loadConfig, type Config, type Neo4jConnection } from '../../src/config/Config.js';
import { createDriver, type Database } from '../../src/neo4j/Database.js';
import { httpHandler } from '../../src/server/httpHandler.js';
import { startServer } from '../../src/server/startServer.js';
import { neo4jGraphqlTypeDefs } from './neo4jGraphqlTypeDefs.js';
import { OPERATIONS } from './operations.js';

export interface ServerUrls {
  cypher: string;
  claimgraph: string;
  neo4jGraphql: string;
}

/** One named query claimgraph ran, with its time from call to rows (its own transaction, round trip included). */
export interface TracedStatement {
  name: string;
  keys: number | undefined;
  startMs: number;
  ms: number;
}

export type ParentMessage = { type: 'statements' } | { type: 'trace'; on: boolean } | { type: 'stop' };
export type ChildMessage =
  | { type: 'ready'; urls: ServerUrls }
  | { type: 'failed'; error: string }
  | { type: 'statements'; cypher: number; claimgraph: number; neo4jGraphql: number }
  | { type: 'trace'; statements: TracedStatement[] };

/** Counts the statements a driver's read transactions run (executeRead is all (a) and (c) use). */
function countStatements(driver: Driver): { count: number } {
  const counter = { count: 0 };
  const openSession = driver.session.bind(driver);
  driver.session = ((config) => {
    const session = openSession(config);
    const executeRead = session.executeRead.bind(session);
    session.executeRead = ((work, transactionConfig) =>
      executeRead((tx) => {
        const run = tx.run.bind(tx);
        tx.run = ((...args: Parameters<typeof tx.run>) => {
          counter.count += 1;
          return run(...args);
        }) as typeof tx.run;
        return work(tx);
      }, transactionConfig)) as typeof session.executeRead;
    return session;
  }) as typeof driver.session;
  return counter;
}

/** Times claimgraph's reads (each its own auto-commit statement) while tracing is on; off, one flag test per read. */
function traceReads(db: Database): { on: boolean; statements: TracedStatement[] } {
  const trace = { on: false, statements: [] as TracedStatement[], origin: 0 };
  // Every read, named or built, goes through readStatement. A named query opens with a comment that
  // names it, as do the statements that read lists ahead; a root list built per request is named
  // after its label, and whether it pages or counts.
  const nameOf = (cypher: string) => {
    const named = /^\/\/ ([a-z-]+):/.exec(cypher)?.[1];
    const label = /\(\w+:(\w+)[ )]/.exec(cypher)?.[1] ?? 'list';
    return named ?? `built ${label} ${/RETURN count\(/.test(cypher) ? 'count' : 'page'}`;
  };
  const readStatement = db.readStatement.bind(db);
  db.readStatement = async (statement, deadline) => {
    if (!trace.on) return readStatement(statement, deadline);
    const start = performance.now();
    if (trace.statements.length === 0) trace.origin = start;
    try {
      return await readStatement(statement, deadline);
    } finally {
      const keys = Array.isArray(statement.params.keys) ? statement.params.keys.length : undefined;
      trace.statements.push({ name: nameOf(statement.cypher), keys, startMs: start - trace.origin, ms: performance.now() - start });
    }
  };
  return trace;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** (a): one statement per request, its rows shaped into the answer. */
async function startCypherServer(driver: Driver, timeoutMs: number): Promise<{ server: Server; url: string }> {
  const byKey = new Map(OPERATIONS.map((operation) => [`/${operation.key}`, operation.cypher]));
  const server = createServer(async (request, response) => {
    try {
      const cypher = request.method === 'POST' ? byKey.get(request.url ?? '') : undefined;
      if (!cypher) {
        response.writeHead(404).end();
        return;
      }
      const variables = JSON.parse(await body(request)) as Record<string, unknown>;
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const rows = await session.executeRead(async (tx) => (await tx.run(cypher.statement, cypher.params(variables))).records.map((record) => record.toObject()), { timeout: timeoutMs });
        const answer = JSON.stringify({ data: cypher.shape(rows, variables) });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
      } finally {
        await session.close();
      }
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    }
  });
  return { server, url: await listen(server) };
}

/** (c): @neo4j/graphql's schema on the same HTTP handler as claimgraph. */
async function startNeo4jGraphqlServer(driver: Driver): Promise<{ stop: () => Promise<void>; url: string }> {
  const library = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver });
  // Fails unless the APOC functions the library relies on are installed.
  await library.checkNeo4jCompat();
  const apollo = new ApolloServer({ schema: await library.getSchema(), introspection: true });
  await apollo.start();
  const server = createServer(
    httpHandler({ apollo, maxBodyBytes: 1024 * 1024, context: () => ({}), isReady: async () => true, logError: (error) => console.error('[@neo4j/graphql]', error) }),
  );
  const url = `${await listen(server)}/graphql`;
  return {
    url,
    stop: async () => {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function main(): Promise<void> {
  const connection = JSON.parse(process.env.BENCH_NEO4J_CONNECTION ?? 'null') as Neo4jConnection | null;
  if (!connection) throw new Error('BENCH_NEO4J_CONNECTION is not set');
  const base = loadConfig({});
  const config: Config = { ...base, port: 0, host: '127.0.0.1', production: false, neo4j: connection, apiToken: undefined };

  const cypherDriver = createDriver(connection);
  const cypherStatements = countStatements(cypherDriver);
  const cypher = await startCypherServer(cypherDriver, config.queryTimeoutMs);

  const claimgraph = await startServer(config, { seed: false, log: (line) => console.error(`[claimgraph] ${line}`) });
  const trace = traceReads(claimgraph.db);

  const libraryDriver = createDriver(connection);
  const libraryStatements = countStatements(libraryDriver);
  const library = await startNeo4jGraphqlServer(libraryDriver);

  const stop = async () => {
    await library.stop();
    await libraryDriver.close();
    await claimgraph.stop();
    await new Promise((resolve) => cypher.server.close(resolve));
    await cypherDriver.close();
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'statements') {
      const reply: ChildMessage = { type: 'statements', cypher: cypherStatements.count, claimgraph: claimgraph.db.roundTrips, neo4jGraphql: libraryStatements.count };
      process.send?.(reply);
    } else if (message.type === 'trace') {
      if (message.on) {
        trace.statements = [];
        trace.on = true;
      } else {
        trace.on = false;
        const reply: ChildMessage = { type: 'trace', statements: trace.statements };
        process.send?.(reply);
      }
    } else if (message.type === 'stop') {
      stop().then(() => process.exit(0), () => process.exit(1));
    }
  });
  // The parent went away without saying stop: do not linger.
  process.on('disconnect', () => {
    stop().finally(() => process.exit(0));
  });
  const ready: ChildMessage = { type: 'ready', urls: { cypher: cypher.url, claimgraph: claimgraph.url.replace('localhost', '127.0.0.1'), neo4jGraphql: library.url } };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  const failed: ChildMessage = { type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  process.send?.(failed);
  process.exitCode = 1;
});
