import Cypher from '@neo4j/cypher-builder';
import type { RelatedList } from '../loading/RelatedList.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { quoteProjection } from './quoteProjection.js';

/** What a person or organisation said: cypher/queries/list-speaker-quotes.cypher. */
export function speakerQuotes(label: 'Person' | 'Organization'): RelatedList {
  return {
    queryName: 'list-speaker-quotes',
    params: { label },
    parentLabel: label === 'Person' ? GraphLabel.PERSON : GraphLabel.ORGANIZATION,
    pattern: (speaker, quote) => new Cypher.Pattern(speaker).related({ type: 'SAID' }).to(quote, { labels: [GraphLabel.QUOTE] }),
    project: quoteProjection,
  };
}
