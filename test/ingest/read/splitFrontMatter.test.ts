import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/ingest/read/splitFrontMatter.js';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';

describe('splitFrontMatter', () => {
  it('reads key: value lines between --- lines, and the body after the blank lines that follow', () => {
    const { fields, body } = splitFrontMatter('---\nTitle: "A quoted: title"\npublisher: \'The Ledger\'\n# a comment\n\nid: a-1\n---\n\n\nFirst line.\n\nSecond.\n');
    expect(Object.fromEntries(fields!)).toEqual({ title: 'A quoted: title', publisher: 'The Ledger', id: 'a-1' });
    expect(body).toBe('First line.\n\nSecond.\n');
  });

  it('reads YAML-style lists, indented or not, and inline lists', () => {
    const { fields } = splitFrontMatter('---\nbyline:\n  - Ana Ruiz\n- "Lee Park"\ntags: [a, "b"]\n---\nText');
    expect(fields!.get('byline')).toEqual(['Ana Ruiz', 'Lee Park']);
    expect(fields!.get('tags')).toEqual(['a', 'b']);
  });

  it('leaves content without front matter whole', () => {
    expect(splitFrontMatter('\nNo front matter here.\n---\n')).toEqual({ fields: null, body: '\nNo front matter here.\n---\n' });
  });

  it('names the line that is not key: value', () => {
    expect(() => splitFrontMatter('---\ntitle: Fine\njust some words\n---\nText')).toThrow(new IngestInputError('front matter line 3 is not "key: value": "just some words"'));
  });

  it('refuses front matter that is never closed', () => {
    expect(() => splitFrontMatter('---\ntitle: Open\nText that never ends')).toThrow(/no closing "---" line/);
  });
});
