import { IngestInputError } from '../write/IngestInputError.js';
import { articleDateOf } from './articleDateOf.js';
import type { ArticleFormat } from './ArticleFormat.js';
import { htmlToArticle } from './htmlToArticle.js';
import { jsonToArticle } from './jsonToArticle.js';
import { markdownToText } from './markdownToText.js';
import type { SourceArticle } from './SourceArticle.js';
import { splitByline } from './splitByline.js';
import { splitFrontMatter, type FrontMatterValue } from './splitFrontMatter.js';

/** What front matter or a JSON object says about an article, not yet checked. */
interface GivenFields {
  id: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  date: string | null;
  byline: string | string[] | null;
}

const ARTICLE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function blankToNull(value: string | null): string | null {
  return value?.trim() || null;
}

function givenFromFrontMatter(fields: Map<string, FrontMatterValue>): GivenFields {
  const single = (key: string): string | null => {
    const value = fields.get(key);
    if (Array.isArray(value)) {
      if (value.length > 1) throw new IngestInputError(`front matter "${key}" takes one value, not a list`);
      return value[0] ?? null;
    }
    return value ?? null;
  };
  return { id: single('id'), title: single('title'), publisher: single('publisher'), url: single('url'), date: single('date'), byline: fields.get('byline') ?? null };
}

function checked(given: GivenFields, text: string, fallbackId: string | null): SourceArticle {
  const id = blankToNull(given.id);
  if (id !== null && !ARTICLE_ID.test(id)) throw new IngestInputError(`id "${id}" is not usable: at most 100 letters, digits and _.:- only`);
  const url = blankToNull(given.url);
  if (url !== null && !URL.canParse(url)) throw new IngestInputError(`url "${url}" is not an absolute URL`);
  const date = blankToNull(given.date);
  const publishedOn = date === null ? null : articleDateOf(date);
  if (date !== null && publishedOn === null) throw new IngestInputError(`date "${date}" is not a date: use YYYY-MM-DD or an ISO timestamp`);
  const byline = typeof given.byline === 'string' ? splitByline(given.byline) : (given.byline ?? []).map((name) => name.trim()).filter((name) => name);
  return { id: id ?? fallbackId, text, title: blankToNull(given.title), publisher: blankToNull(given.publisher), url, publishedOn, byline };
}

const NOTHING_GIVEN: GivenFields = { id: null, title: null, publisher: null, url: null, date: null, byline: null };

/**
 * An article from a file's content in the given format. The text is returned exactly as offsets
 * will count into it: line ends normalised to `\n`, nothing trimmed inside it.
 */
export function parseArticleSource(content: string, format: ArticleFormat, fallbackId: string | null): SourceArticle {
  switch (format) {
    case 'text': {
      const { fields, body } = splitFrontMatter(normalizeLineEnds(content));
      return checked(fields ? givenFromFrontMatter(fields) : NOTHING_GIVEN, body, fallbackId);
    }
    case 'markdown': {
      const { fields, body } = splitFrontMatter(normalizeLineEnds(content));
      const given = fields ? givenFromFrontMatter(fields) : NOTHING_GIVEN;
      // The front matter's title wins; a leading heading then stays part of the text.
      const { heading, text } = markdownToText(body, blankToNull(given.title) === null);
      return checked({ ...given, title: blankToNull(given.title) ?? heading }, text, fallbackId);
    }
    case 'html':
      return { id: fallbackId, ...htmlToArticle(content) };
    case 'json': {
      const { text, ...given } = jsonToArticle(content);
      return checked(given, normalizeLineEnds(text), fallbackId);
    }
  }
}
