import { describe, expect, it } from 'vitest';
import { WriteAccess } from '../../../src/graph/access/WriteAccess.js';

const TOKEN = 'a-long-enough-test-token';

function denial(access: WriteAccess): { code?: unknown; message: string } | undefined {
  try {
    access.require();
    return undefined;
  } catch (error) {
    const { extensions, message } = error as { extensions: { code?: unknown }; message: string };
    return { code: extensions.code, message };
  }
}

describe('WriteAccess', () => {
  it('lets a request with the server token write', () => {
    expect(denial(WriteAccess.of(TOKEN, `Bearer ${TOKEN}`))).toBeUndefined();
    expect(denial(WriteAccess.of(TOKEN, `bearer  ${TOKEN} `))).toBeUndefined();
  });

  it('refuses with UNAUTHENTICATED, saying what to do', () => {
    expect(denial(WriteAccess.of(undefined, `Bearer ${TOKEN}`))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'writes are disabled: the server has no CLAIMGRAPH_API_TOKEN',
    });
    expect(denial(WriteAccess.of(TOKEN, undefined))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/Authorization: Bearer <token>/) });
    expect(denial(WriteAccess.of(TOKEN, TOKEN))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/must read "Bearer <token>"/) });
    expect(denial(WriteAccess.of(TOKEN, `Basic ${TOKEN}`))).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const wrong of ['x', `${TOKEN}x`, TOKEN.slice(1), TOKEN.toUpperCase()]) {
      expect(denial(WriteAccess.of(TOKEN, `Bearer ${wrong}`))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/token is wrong/) });
    }
  });
});
