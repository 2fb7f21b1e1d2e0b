import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../../src/graph/search/luceneQuery.js';

describe('luceneQuery', () => {
  it('requires every word, as a prefix or, from four letters on, within one typo', () => {
    expect(luceneQuery('Secure Comm')).toBe('(secure* OR secure~1) AND (comm* OR comm~1)');
    expect(luceneQuery('ICE')).toBe('ice*');
  });

  it('leaves no Lucene syntax from user input', () => {
    expect(luceneQuery('287(g) OR *:* "x"')).toBe('287* AND g* AND or* AND x*');
  });

  it('has nothing to search for without letters or digits', () => {
    expect(luceneQuery(' ()* ')).toBeUndefined();
  });
});
