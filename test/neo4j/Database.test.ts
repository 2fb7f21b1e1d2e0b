import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/Database.js';
import { openTestDatabase } from '../support/testDatabase.js';

const failure = (code: string) => new Neo4jError(`failed with ${code}`, code, '50N42', 'error: general processing exception');

describe('Database.writeTransaction (issue 3)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  /** Runs work that fails with `code` on its first `failures` attempts; returns how often it ran, or the error. */
  const attemptsWith = async (code: string, failures: number) => {
    let attempts = 0;
    try {
      await db.writeTransaction(async () => {
        attempts += 1;
        if (attempts <= failures) throw failure(code);
      });
      return { attempts };
    } catch (error) {
      return { attempts, error: (error as Neo4jError).code };
    }
  };

  it('runs the work again when a node it read was deleted meanwhile, or it kept deadlocking', async () => {
    expect(await attemptsWith('Neo.ClientError.Statement.EntityNotFound', 1)).toEqual({ attempts: 2 });
    expect(await attemptsWith('Neo.TransientError.Transaction.DeadlockDetected', 1)).toEqual({ attempts: 2 });
  });

  it('gives up after three attempts, and does not run again for other failures', async () => {
    expect(await attemptsWith('Neo.ClientError.Statement.EntityNotFound', 5)).toEqual({ attempts: 3, error: 'Neo.ClientError.Statement.EntityNotFound' });
    expect(await attemptsWith('Neo.ClientError.Statement.SyntaxError', 1)).toEqual({ attempts: 1, error: 'Neo.ClientError.Statement.SyntaxError' });
  });
});
