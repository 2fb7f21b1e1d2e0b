import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors/AppError.js';
import { ErrorCode } from '../../errors/ErrorCode.js';

/** SHA-256 first: the digests are of equal length whatever was sent, so the comparison reveals neither content nor length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whether one request may write, decided once from its Authorization header against the server's token. */
export class WriteAccess {
  private constructor(private readonly denial: string | null) {}

  static of(serverToken: string | undefined, authorization: string | undefined): WriteAccess {
    if (!serverToken) return new WriteAccess('writes are disabled: the server has no CLAIMGRAPH_API_TOKEN');
    if (!authorization) return new WriteAccess('mutations need the API token: send the header "Authorization: Bearer <token>"');
    const token = /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1];
    if (token === undefined) return new WriteAccess('the Authorization header must read "Bearer <token>"');
    if (!sameSecret(token, serverToken)) return new WriteAccess("the API token is wrong: send the server's CLAIMGRAPH_API_TOKEN as \"Authorization: Bearer <token>\"");
    return new WriteAccess(null);
  }

  /** Throws UNAUTHENTICATED, saying what to do, unless the request may write. */
  require(): void {
    if (this.denial !== null) throw new AppError(ErrorCode.Unauthenticated, this.denial);
  }
}
