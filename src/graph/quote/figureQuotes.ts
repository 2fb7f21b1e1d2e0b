import Cypher from '@neo4j/cypher-builder';
import type { RelatedList } from '../loading/RelatedList.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { quoteProjection } from './quoteProjection.js';

/** The quotes about a figure, from every speaker: cypher/queries/list-figure-quotes.cypher with no affiliation kinds. */
export const figureQuotes: RelatedList = {
  queryName: 'list-figure-quotes',
  params: { affiliationKinds: null },
  parentLabel: GraphLabel.FIGURE,
  // As the named query, a quote with no speaker is not listed.
  pattern: (figure, quote) =>
    new Cypher.Pattern(new Cypher.Node()).related({ type: 'SAID' }).to(quote, { labels: [GraphLabel.QUOTE] }).related({ type: 'ABOUT' }).to(figure),
  project: quoteProjection,
};
