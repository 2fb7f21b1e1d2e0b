import { describe, expect, it } from 'vitest';
import { formatOfPath } from '../../../src/ingest/read/ArticleFormat.js';

describe('formatOfPath', () => {
  it('names the format by extension, case-insensitively', () => {
    expect(['a.txt', 'a.text', 'b.md', 'b.MARKDOWN', 'c.html', 'c.htm', 'd.Json'].map(formatOfPath)).toEqual(['text', 'text', 'markdown', 'markdown', 'html', 'html', 'json']);
  });

  it('reads anything else as plain text', () => {
    expect(formatOfPath('notes.rtf')).toBe('text');
    expect(formatOfPath('README')).toBe('text');
  });
});
