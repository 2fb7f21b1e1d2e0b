/** Codes clients can rely on in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Timeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
