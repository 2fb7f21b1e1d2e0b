import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConnection } from '../config/Config.js';
import type { Deadline } from './Deadline.js';
import type { QueryCatalog } from './QueryCatalog.js';
import { sendWithoutDelay } from './sendWithoutDelay.js';
import { toAppError } from './toAppError.js';

/**
 * Failures of a write transaction that running it again mends: a node it read was deleted by a
 * transaction that committed meanwhile, or it kept deadlocking with concurrent writers for longer
 * than the driver retries (maxTransactionRetryTime).
 */
const RERUN_CODES = new Set(['Neo.ClientError.Statement.EntityNotFound', 'Neo.TransientError.Transaction.DeadlockDetected']);
const MOST_ATTEMPTS = 3;

function mendedByRerun(error: unknown): boolean {
  return error instanceof Neo4jError && RERUN_CODES.has(error.code);
}

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A statement built for the arguments of one request, by a query builder: never pasted from input. */
export interface Statement {
  cypher: string;
  params: Params;
}

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  run(queryName: string, params: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  database?: string | undefined;
  timeoutMs: number;
}

export function createDriver(connection: Neo4jConnection): Driver {
  sendWithoutDelay();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    // Fail fast while the database is away rather than holding requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    userAgent: 'claimgraph',
  });
}

/**
 * Runs `start` with stack traces off. The driver formats the caller's stack trace into every Result it
 * creates, only to graft it onto an error the statement may raise; here errors become coded AppErrors
 * whose stacks no client sees (a logged one keeps Neo4j's message and code, not the call site), and
 * the capture cost a small read about 5% of its CPU.
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The only door to Neo4j: named, parameterised queries with a timeout on every transaction. */
export class Database {
  /** Statements sent to the server, for tests that bound round trips. */
  roundTrips = 0;
  /** Chains every session causally, so a read after a write sees it even on a cluster follower. */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    private readonly catalog: QueryCatalog,
    private readonly options: DatabaseOptions,
  ) {}

  private async runIn(tx: ManagedTransaction, { cypher, params }: Statement): Promise<Row[]> {
    this.roundTrips += 1;
    const result = await withoutStackTrace(() => tx.run(cypher, params));
    return result.records.map((record) => record.toObject() as Row);
  }

  private runner(tx: ManagedTransaction): QueryRunner {
    return { run: (queryName, params) => this.runIn(tx, { cypher: this.catalog.get(queryName), params }) };
  }

  /** A read in its own transaction; with a deadline, the transaction gets no more than what is left of it. */
  async read(queryName: string, params: Params = {}, deadline?: Deadline): Promise<Row[]> {
    return this.readStatement({ cypher: this.catalog.get(queryName), params }, deadline);
  }

  /**
   * A built statement, or a named one, read on its own. A lone read needs no explicit transaction:
   * run auto-commit it is one round trip (RUN and PULL together) instead of two (and a COMMIT).
   */
  async readStatement({ cypher, params }: Statement, deadline?: Deadline): Promise<Row[]> {
    const session = this.readSession();
    try {
      this.roundTrips += 1;
      const result = await withoutStackTrace(() => session.run(cypher, params, { timeout: this.timeoutWithin(deadline) }));
      return result.records.map((record) => record.toObject() as Row);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close().catch(() => {});
    }
  }

  private readSession() {
    return this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
  }

  /** The transaction timeout: the configured one, or what is left of the request's deadline if less. */
  private timeoutWithin(deadline?: Deadline): number {
    return Math.ceil(Math.min(this.options.timeoutMs, deadline?.remainingMs() ?? Infinity));
  }

  /**
   * Runs the work in a write transaction, again when the driver deems the failure transient, and
   * again (a few times) when a node it read was deleted by a transaction that committed meanwhile
   * (an article deleted while another was being linked to its figures) or it keeps deadlocking:
   * the work then sees what is there now.
   */
  async writeTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
      try {
        return await session.executeWrite((tx) => work(this.runner(tx)), { timeout: this.options.timeoutMs });
      } catch (error) {
        if (attempt < MOST_ATTEMPTS && mendedByRerun(error)) continue;
        throw toAppError(error);
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  /** Readiness: can a trivial query run now? */
  async isReady(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1', {}, { timeout: 2_000 });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
