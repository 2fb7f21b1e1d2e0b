import { createHash } from 'node:crypto';
import type { Extraction } from '../extract/Extraction.js';
import type { SourceArticle } from '../read/SourceArticle.js';
import { parseArticleFacts } from '../write/writeArticle.js';
import type { ArticleFacts } from '../write/ArticleFacts.js';

export function contentHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The write path's input for an extracted article: the extraction plus the article's identity and hash. */
export function toArticleFacts(source: SourceArticle, extraction: Extraction): ArticleFacts {
  return parseArticleFacts({
    ...extraction,
    article: {
      ...extraction.article,
      id: source.id ?? undefined,
      content_hash: contentHashOf(source.text),
      text_length: source.text.length,
    },
  });
}
