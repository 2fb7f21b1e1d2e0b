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
    expect(pageWindow({})).toEqual({ limit: DEFAULT_PAGE_SIZE, cursor: null, backward: false });
    expect(pageWindow({ first: 5, after: encodeCursor({ rank: null, key: 'person-x' }) })).toEqual({
      limit: 5,
      cursor: { rank: null, key: 'person-x' },
      backward: false,
    });
  });

  it('pages backward with last and before, keeping the rank in the cursor', () => {
    expect(pageWindow({ last: 3, before: encodeCursor({ rank: 12.5, key: 'f-1' }) })).toEqual({
      limit: 3,
      cursor: { rank: 12.5, key: 'f-1' },
      backward: true,
    });
    expect(pageWindow({ last: 4 })).toEqual({ limit: 4, cursor: null, backward: true });
  });

  it('refuses negative and oversized pages, foreign cursors and mixed directions, as bad user input', () => {
    expect(codeOf(() => pageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ last: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ before: encodeCursor({ rank: null, key: 'x' }).slice(2) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: 2, last: 2 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ after: encodeCursor({ rank: null, key: 'x' }), before: encodeCursor({ rank: null, key: 'y' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE }))).toBeUndefined();
  });
});
