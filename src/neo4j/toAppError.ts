import { Neo4jError, isRetriableError } from 'neo4j-driver';
import { AppError } from '../errors/AppError.js';
import { ErrorCode } from '../errors/ErrorCode.js';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Turns driver failures clients should know about into coded errors; anything else stays internal. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) {
    return new AppError(ErrorCode.Timeout, 'The query took longer than the allowed time');
  }
  // The driver reports an exhausted or unreachable pool as "Connection acquisition timed out" with no code.
  const acquisitionTimedOut = /acquisition timed out/i.test(error.message);
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || acquisitionTimedOut || isRetriableError(error)) {
    return new AppError(ErrorCode.ServiceUnavailable, 'The graph database is not reachable right now; try again shortly');
  }
  return error;
}
