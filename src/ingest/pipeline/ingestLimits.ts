import { IngestInputError } from '../write/IngestInputError.js';

/** The largest article text accepted, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Refuses an empty or oversized text before any work is done on it. */
export function checkArticleText(text: string): void {
  if (text.trim().length === 0) throw new IngestInputError('the article text is empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) throw new IngestInputError(`the article text is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`);
}
