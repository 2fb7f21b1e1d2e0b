import Cypher from '@neo4j/cypher-builder';
import { slugify } from '../../ingest/write/slugify.js';
import { GraphLabel } from '../node/GraphLabel.js';
import type { ListRank } from '../query/buildList.js';
import { FigureSort } from './FigureSort.js';
import type { FigureWhere } from './FigureWhere.js';

/** The one value of a text property every figure the conditions allow must have, when they name one. */
function pinned(where: FigureWhere, field: 'measure' | 'period'): string | null {
  const value = where[field]?.eq;
  if (value != null) return value;
  for (const part of where.AND ?? []) {
    const inPart = pinned(part, field);
    if (inPart !== null) return inPart;
  }
  return null;
}

/**
 * What the conditions pin of the (measure, period, id) and (measure, id) indexes, for a list by key:
 * one measure's figures, or one measure's of one period, are then read in key order and the page
 * stops early (one measure's first 20 of 40,000 figures no longer sorts them all).
 */
export function figureKeyPinned(where: FigureWhere): ((figure: Cypher.Node) => Cypher.Property[]) | undefined {
  if (pinned(where, 'measure') === null) return undefined;
  const withPeriod = pinned(where, 'period') !== null;
  return (figure) => (withPeriod ? [figure.property('measure'), figure.property('period')] : [figure.property('measure')]);
}

/** What each sort orders figures by before their key; null when by key alone. */
export function figureRank(sort: FigureSort, where: FigureWhere): ListRank | null {
  switch (sort) {
    case FigureSort.ID:
      return null;
    case FigureSort.VALUE_DESC: {
      const measure = pinned(where, 'measure');
      return {
        expression: (figure) => figure.property('value'),
        descending: true,
        // Every figure's measureId is the slug of its measure (the write path sets both), so one
        // measure's figures by value are a range of the (measureId, value) index: 35 -> 3 ms for the
        // first page of 40,000 removals among 200,000 figures.
        pinned: measure === null ? undefined : (figure) => [[figure.property('measureId'), new Cypher.Param(slugify(measure))]],
      };
    }
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
