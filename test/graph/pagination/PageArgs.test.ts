import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/graph/pagination/cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageWindow } from '../../../src/graph/pagination/PageArgs.js';

function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return undefined;
}

describe('pageWindow', () => {
  it('defaults the page size and decodes the cursor', () => {
    expect(pageWindow({})).toEqual({ limit: DEFAULT_PAGE_SIZE, after: null });
    expect(pageWindow({ first: 5, after: encodeCursor('person-x') })).toEqual({ limit: 5, after: 'person-x' });
  });

  it('refuses negative and oversized pages, and foreign cursors, as bad user input', () => {
    expect(codeOf(() => pageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE }))).toBeUndefined();
  });
});
