import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../src/graph/search/snippetOf.js';

const long = `${'filler words come first here '.repeat(10)}then the record number of removals was announced ${'and more text follows '.repeat(10)}`;

describe('snippetOf', () => {
  it('keeps short texts whole', () => {
    expect(snippetOf('John Morton', 'morton')).toBe('John Morton');
  });

  it('cuts a long text around the first word searched for, at word boundaries', () => {
    const snippet = snippetOf(long, 'Removals');
    expect(snippet).toContain('removals');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
    expect(long).toContain(snippet.slice(1, -1));
  });

  it('starts at the beginning when no word is found verbatim (a typo matched)', () => {
    expect(snippetOf(long, 'remuvals').startsWith('filler')).toBe(true);
  });
});
