import { badUserInput } from '../../errors/badUserInput.js';
import type { FigureFilter } from './FigureFilter.js';
import type { FigureWhere } from './FigureWhere.js';

/** The shorthand `filter` says, as a `where`. */
export function figureWhereOfFilter(filter: FigureFilter): FigureWhere {
  if (filter.period != null && filter.periods != null) {
    throw badUserInput('give either `period` or `periods`, not both', { argumentName: 'filter' });
  }
  const periods = filter.periods ?? (filter.period != null ? [filter.period] : null);
  return {
    measure: filter.measure != null ? { eq: filter.measure } : null,
    // One period is an equality, which the (measure, period) index serves.
    period: periods ? (periods.length === 1 ? { eq: periods[0]! } : { in: periods }) : null,
    scope: filter.scope != null || filter.scopeContains != null ? { eq: filter.scope ?? null, contains: filter.scopeContains ?? null } : null,
    unit: filter.unit != null ? { eq: filter.unit } : null,
    value: filter.value != null ? { eq: filter.value } : null,
    article: filter.articleId != null ? { id: { eq: filter.articleId } } : null,
    source: filter.sourceId != null ? { id: { eq: filter.sourceId } } : null,
  };
}
