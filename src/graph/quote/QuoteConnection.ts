import { Connection } from '../pagination/Connection.js';
import { Quote } from './Quote.js';

export const QuoteConnection = Connection<Quote>(() => Quote, 'Quote');
export type QuoteConnection = InstanceType<typeof QuoteConnection>;
