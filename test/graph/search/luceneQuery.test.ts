import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../../src/graph/search/luceneQuery.js';

describe('luceneQuery', () => {
  it('requires every word, as a prefix or, from four letters on, within one typo', () => {
    expect(luceneQuery('Secure Comm')).toBe('(secure* OR secure~1) AND (comm* OR comm~1)');
    expect(luceneQuery('ICE')).toBe('ice*');
  });

  it('keeps numbers with separators whole, as the index does, and never fuzzes numbers', () => {
    expect(luceneQuery('396,906 removals')).toBe('396,906* AND (removals* OR removals~1)');
    expect(luceneQuery('FY 2012')).toBe('fy* AND 2012*');
    expect(luceneQuery('U.S. Immigration')).toBe('u.s* AND (immigration* OR immigration~1)');
  });

  it('leaves no Lucene syntax from user input', () => {
    expect(luceneQuery('287(g) OR *:* "x"')).toBe('287* AND g* AND or* AND x*');
  });

  it('has nothing to search for without letters or digits', () => {
    expect(luceneQuery(' ()* ')).toBeUndefined();
  });
});
