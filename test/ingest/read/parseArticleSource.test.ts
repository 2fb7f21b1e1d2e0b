import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '../../../src/ingest/read/parseArticleSource.js';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';

const body = 'The harbor office counted 1,204 ferry riders.\r\n\r\n  "Every ticket," said Ines Rowe.  \r\n';

describe('parseArticleSource', () => {
  describe('text', () => {
    it('is the whole content without front matter, line ends normalised and nothing trimmed', () => {
      expect(parseArticleSource(body, 'text', 'ferry')).toEqual({
        id: 'ferry',
        text: 'The harbor office counted 1,204 ferry riders.\n\n  "Every ticket," said Ines Rowe.  \n',
        title: null,
        publisher: null,
        url: null,
        publishedOn: null,
        byline: [],
      });
    });

    it('takes title, publisher, url, date, byline and id from front matter', () => {
      const content = `---\r\ntitle: Ferry riders counted\r\npublisher: The Lakeside Ledger\r\nurl: https://ledger.example/ferry\r\ndate: 2021-06-04T08:30:00Z\r\nbyline: Mara Quill, Tobias Fenn and Ana Ruiz\r\nid: ledger:ferry-2021\r\n---\r\n\r\n${body}`;
      expect(parseArticleSource(content, 'text', 'fallback')).toEqual({
        id: 'ledger:ferry-2021',
        text: 'The harbor office counted 1,204 ferry riders.\n\n  "Every ticket," said Ines Rowe.  \n',
        title: 'Ferry riders counted',
        publisher: 'The Lakeside Ledger',
        url: 'https://ledger.example/ferry',
        publishedOn: '2021-06-04',
        byline: ['Mara Quill', 'Tobias Fenn', 'Ana Ruiz'],
      });
    });

    it('accepts a byline list and ignores keys it does not use', () => {
      const article = parseArticleSource('---\nbyline:\n  - Mara Quill\n  - Tobias Fenn\nlayout: post\n---\nText.', 'text', null);
      expect(article).toMatchObject({ id: null, byline: ['Mara Quill', 'Tobias Fenn'], text: 'Text.' });
    });

    it.each([
      ['date: June 4', 'date "June 4" is not a date: use YYYY-MM-DD or an ISO timestamp'],
      ['date: 2021-02-30', 'date "2021-02-30" is not a date: use YYYY-MM-DD or an ISO timestamp'],
      ['id: has spaces', 'id "has spaces" is not usable: at most 100 letters, digits and _.:- only'],
      ['url: ledger.example/ferry', 'url "ledger.example/ferry" is not an absolute URL'],
      ['title:\n  - One\n  - Two', 'front matter "title" takes one value, not a list'],
      ['title Ferry riders', 'front matter line 2 is not "key: value": "title Ferry riders"'],
    ])('refuses %j', (line, message) => {
      expect(() => parseArticleSource(`---\n${line}\n---\nText.`, 'text', 'x')).toThrow(new IngestInputError(message));
    });
  });

  describe('markdown', () => {
    it('takes a leading heading as the title and leaves it out of the text', () => {
      const article = parseArticleSource('# Ferry riders *counted*\r\n\r\nThe office **counted** them.\r\n', 'markdown', 'ferry');
      expect(article).toMatchObject({ id: 'ferry', title: 'Ferry riders counted', text: 'The office counted them.' });
    });

    it('prefers the front matter title and then keeps the heading in the text', () => {
      const article = parseArticleSource('---\ntitle: From front matter\ndate: 2021-06-04\n---\n# Heading\n\nBody.', 'markdown', 'ferry');
      expect(article).toMatchObject({ title: 'From front matter', publishedOn: '2021-06-04', text: 'Heading\n\nBody.' });
    });
  });

  describe('json', () => {
    it('reads the fields, with a byline as a list or a string', () => {
      const json = JSON.stringify({ id: 'j-1', title: 'Ferry', text: 'Line one.\r\nLine two. ', publisher: 'The Ledger', url: 'https://ledger.example/j', published_on: '2021-06-04', byline: ['Mara Quill'] });
      expect(parseArticleSource(json, 'json', 'fallback')).toEqual({ id: 'j-1', title: 'Ferry', text: 'Line one.\nLine two. ', publisher: 'The Ledger', url: 'https://ledger.example/j', publishedOn: '2021-06-04', byline: ['Mara Quill'] });
      expect(parseArticleSource(JSON.stringify({ content: 'Body.', byline: 'By Mara Quill and Tobias Fenn', date: '2021-06-04T10:00:00Z' }), 'json', 'fb')).toMatchObject({
        id: 'fb',
        title: null,
        text: 'Body.',
        byline: ['Mara Quill', 'Tobias Fenn'],
        publishedOn: '2021-06-04',
      });
    });

    it.each([
      ['{"title": "Ferry", "text": ', /^invalid JSON: /],
      ['["text"]', /^a JSON article must be an object with a "text" field$/],
      ['{"title": "Ferry"}', /^the JSON article has no "text" \(nor "body" or "content"\) string$/],
      ['{"text": 42}', /^invalid JSON article: text: /],
      ['{"text": "Body.", "date": "yesterday"}', /^date "yesterday" is not a date/],
      ['{"text": "Body.", "id": "a/b"}', /^id "a\/b" is not usable/],
    ])('refuses %s', (json, message) => {
      expect(() => parseArticleSource(json, 'json', 'x')).toThrow(message);
      expect(() => parseArticleSource(json, 'json', 'x')).toThrow(IngestInputError);
    });
  });

  it('reads HTML through Readability, with the fallback id', () => {
    const html = `<html><head><title>Ferry</title></head><body><article><p>${'The harbor office counted the ferry riders again. '.repeat(4)}</p><p>Second paragraph.</p></article></body></html>`;
    const article = parseArticleSource(html, 'html', 'page');
    expect(article).toMatchObject({ id: 'page', title: 'Ferry' });
    expect(article.text.endsWith('again.\n\nSecond paragraph.')).toBe(true);
  });
});
