import type { QuoteFilter } from './QuoteFilter.js';
import type { QuoteWhere } from './QuoteWhere.js';

/** The shorthand `filter` says, as a `where`. */
export function quoteWhereOfFilter(filter: QuoteFilter): QuoteWhere {
  return {
    speaker: filter.speakerId != null ? { id: { eq: filter.speakerId } } : null,
    article: filter.articleId != null ? { id: { eq: filter.articleId } } : null,
    direct: filter.direct ?? null,
    text: filter.textContains != null ? { contains: filter.textContains } : null,
  };
}
