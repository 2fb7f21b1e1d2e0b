import { Connection } from '../pagination/Connection.js';
import { Quote } from '../quote/Quote.js';
import { ReportedIn } from './ReportedIn.js';

/** An article's quotes, each edge with where the article reports it. */
export const ArticleQuoteConnection = Connection<Quote>(() => Quote, 'ArticleQuote', {
  type: () => ReportedIn,
  of: (quote): ReportedIn => ({ span: { start: quote.start, end: quote.end } }),
});
export type ArticleQuoteConnection = InstanceType<typeof ArticleQuoteConnection>;
