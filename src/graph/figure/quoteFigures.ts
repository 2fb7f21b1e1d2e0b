import Cypher from '@neo4j/cypher-builder';
import type { RelatedList } from '../loading/RelatedList.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { figureProjection } from './figureProjection.js';

/** The figures a quote is about: cypher/queries/list-quote-figures.cypher. */
export const quoteFigures: RelatedList = {
  queryName: 'list-quote-figures',
  params: {},
  parentLabel: GraphLabel.QUOTE,
  pattern: (quote, figure) => new Cypher.Pattern(quote).related({ type: 'ABOUT' }).to(figure, { labels: [GraphLabel.FIGURE] }),
  project: figureProjection,
};
