import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../../src/neo4j/Deadline.js';

describe('Deadline', () => {
  it('hands out what is left of the budget', () => {
    const left = new Deadline(5_000).remainingMs();
    expect(left).toBeGreaterThan(4_000);
    expect(left).toBeLessThanOrEqual(5_000);
  });

  it('refuses with QUERY_TIMEOUT once the budget is spent', async () => {
    const deadline = new Deadline(1);
    await sleep(5);
    let error: unknown;
    try {
      deadline.remainingMs();
    } catch (caught) {
      error = caught;
    }
    expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
  });
});
