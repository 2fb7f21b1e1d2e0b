import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/AppError.js';
import { ErrorCode } from '../../src/errors/ErrorCode.js';
import { formatError, withoutSuggestions } from '../../src/errors/formatError.js';

const located = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['figures'] });

describe('formatError', () => {
  it('keeps coded errors of ours, without a stack trace', () => {
    const error = located(new AppError(ErrorCode.BadUserInput, 'first is too large'));
    const formatted = formatError({ message: 'first is too large', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'first is too large', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks anything else, so Cypher and driver messages never reach clients', () => {
    const error = located(new Error('Invalid input in MATCH (f:Figure) line 3'));
    const formatted = formatError({ message: error.message, path: ['figures'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['figures'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('withoutSuggestions', () => {
  it('drops the schema hints from validation and variable errors', () => {
    const hinted = { message: 'Cannot query field "nam" on type "Person". Did you mean "name"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(withoutSuggestions(hinted).message).toBe('Cannot query field "nam" on type "Person".');
    const variable = { message: 'Value "FIGUR" does not exist in "GraphLabel" enum. Did you mean the enum value "FIGURE"?', extensions: { code: 'BAD_USER_INPUT' } };
    expect(withoutSuggestions(variable).message).toBe('Value "FIGUR" does not exist in "GraphLabel" enum.');
    const plain = { message: 'first must be between 0 and 100', extensions: { code: 'BAD_USER_INPUT' } };
    expect(withoutSuggestions(plain)).toBe(plain);
  });
});
