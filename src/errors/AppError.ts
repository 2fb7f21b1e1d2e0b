import { GraphQLError } from 'graphql';
import type { ErrorCode } from './ErrorCode.js';

/** An error whose message is safe to show to clients. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}
