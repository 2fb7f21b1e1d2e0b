import { badUserInput } from '../../errors/badUserInput.js';

/** Cursors are opaque to clients: the sort key of the row, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify([key])).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const [key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string') return key;
  } catch {
    // fall through to the coded error
  }
  throw badUserInput('`after` is not a cursor this API returned', { argumentName: 'after' });
}
