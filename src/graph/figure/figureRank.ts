import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import type { ListRank } from '../query/buildList.js';
import { FigureSort } from './FigureSort.js';

/** What each sort orders figures by before their key; null when by key alone. */
export function figureRank(sort: FigureSort): ListRank | null {
  switch (sort) {
    case FigureSort.ID:
      return null;
    case FigureSort.VALUE_DESC:
      return { expression: (figure) => figure.property('value'), descending: true };
    case FigureSort.MOST_QUOTED:
      return {
        expression: (figure) => new Cypher.Count(new Cypher.Pattern(new Cypher.Node(), { labels: [GraphLabel.QUOTE] }).related({ type: 'ABOUT' }).to(figure)),
        descending: true,
      };
    case FigureSort.PERIOD: {
      // Figures without a period sort after every dated one.
      return {
        expression: (figure) => {
          const period = new Cypher.Node();
          const starts = new Cypher.Collect(
            new Cypher.Match(new Cypher.Pattern(figure).related({ type: 'FOR_PERIOD' }).to(period, { labels: ['Period'] })).return(
              Cypher.toString(period.property('start')),
            ),
          );
          return Cypher.coalesce(Cypher.head(starts), new Cypher.Literal('9999-12-31'));
        },
        descending: false,
      };
    }
  }
}
