import { badUserInput } from '../../errors/badUserInput.js';

/** Where a row sits in its list: the value it is sorted by (null when sorted by key alone), then its key. */
export interface CursorPosition {
  rank: string | number | null;
  key: string;
}

/** Cursors are opaque to clients: the row's sort value and key, base64url-encoded. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.rank, position.key])).toString('base64url');
}

export function decodeCursor(cursor: string, argumentName: string): CursorPosition {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [rank, key] = decoded as unknown[];
      const rankOk = rank === null || typeof rank === 'string' || (typeof rank === 'number' && Number.isFinite(rank));
      if (rankOk && typeof key === 'string') return { rank: rank as CursorPosition['rank'], key };
    }
  } catch {
    // fall through to the coded error
  }
  throw badUserInput(`\`${argumentName}\` is not a cursor this API returned`, { argumentName });
}
