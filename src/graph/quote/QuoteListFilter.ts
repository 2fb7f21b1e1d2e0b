import { ListFilter } from '../query/ListFilter.js';
import { QuoteWhere } from './QuoteWhere.js';

export const QuoteListFilter = ListFilter<QuoteWhere>(() => QuoteWhere, 'Quote');
export type QuoteListFilter = InstanceType<typeof QuoteListFilter>;
