import { figureInterval, type FigureInterval, type WordedValue } from './figureInterval.js';

/** A figure as the linker sees it. */
export interface LinkFigure extends WordedValue {
  id: string;
  articleId: string;
  unit: string;
  /** The Measure node's id: the slug of the measure name. */
  measureId: string;
  period: string | null;
  scope: string | null;
  derived: boolean;
}

export type ComputedRelation = 'same' | 'close' | 'conflict';

export interface FigureRelationFinding {
  relation: ComputedRelation;
  /** One sentence for a human reading the API. */
  reason: string;
}

/** Values of different periods at most this far apart (relative to the larger) are easy to conflate. */
export const CLOSE_RATIO = 0.1;

// One formatter for all: toLocaleString builds a new one per call, which made formatting reasons most of linking's time.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const number = (value: number) => numberFormat.format(value);

function amount(value: number, unit: string): string {
  if (unit === 'percent') return `${number(value)}%`;
  return unit === 'usd' ? `$${number(value)}` : number(value);
}

/** A figure printed without qualifier or rounding ("396,906") is a point, not a range. */
const isPoint = (interval: FigureInterval) => interval.kind === 'rounded' && interval.rounding <= 1;

function allows(figure: LinkFigure, interval: FigureInterval): string {
  const low = amount(interval.low, figure.unit);
  const high = amount(interval.high, figure.unit);
  const range = {
    rounded: `${low}–${high}`,
    nearly: `${low}–${high}`,
    about: `${low}–${high}`,
    'more-than': `more than ${low} (up to ${high})`,
    'at-least': `${low} or more (up to ${high})`,
    'less-than': `less than ${high} (down to ${low})`,
    'at-most': `${high} or less (down to ${low})`,
  }[interval.kind];
  return `'${figure.valueText}' allows ${range}`;
}

function overlap(a: FigureInterval, b: FigureInterval): boolean {
  const aStartsBeforeBEnds = a.low < b.high || (a.low === b.high && a.lowIncluded && b.highIncluded);
  const bStartsBeforeAEnds = b.low < a.high || (b.low === a.high && b.lowIncluded && a.highIncluded);
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** Why two figures of one period agree or not, in the words of their intervals. */
function compareWording(a: LinkFigure, ia: FigureInterval, b: LinkFigure, ib: FigureInterval, same: boolean): string {
  if (isPoint(ia) && isPoint(ib)) return same ? `'${a.valueText}' and '${b.valueText}' state the same value` : `'${a.valueText}' and '${b.valueText}' differ`;
  if (isPoint(ia) || isPoint(ib)) {
    const [range, interval, point] = isPoint(ia) ? [b, ib, a] : [a, ia, b];
    return `${allows(range, interval)}, which ${same ? 'contains' : 'excludes'} ${amount(point.value, point.unit)}`;
  }
  return `${allows(a, ia)} and ${allows(b, ib)}; ${same ? 'they overlap' : 'they do not overlap'}`;
}

const scopeKey = (figure: LinkFigure) => figure.scope?.toLowerCase() ?? null;

/**
 * How two figures of the same measure, scope and unit relate: the same quantity (one period,
 * wordings that allow a common value), in conflict (one period, no common value), or close but
 * different (different periods, values within CLOSE_RATIO). Figures without a period, derived
 * figures (changes, ratios: their value is arithmetic, not a count) and figures of different
 * measures, scopes or units are not related.
 */
export function relateFigures(from: LinkFigure, to: LinkFigure): FigureRelationFinding | undefined {
  if (from.id === to.id || from.derived || to.derived || from.period === null || to.period === null) return undefined;
  if (from.measureId !== to.measureId || from.unit !== to.unit || scopeKey(from) !== scopeKey(to)) return undefined;
  if (from.period === to.period) {
    const [fromInterval, toInterval] = [figureInterval(from), figureInterval(to)];
    const same = overlap(fromInterval, toInterval);
    // Two values an article states for one measure and period are two things its measure name lumps
    // together (the vote shares of two candidates), not the article contradicting itself.
    if (!same && from.articleId === to.articleId) return undefined;
    const reason = `same measure, scope and period (${from.period})${same ? '; ' : ', but '}${compareWording(from, fromInterval, to, toInterval, same)}`;
    return { relation: same ? 'same' : 'conflict', reason };
  }
  const larger = Math.max(Math.abs(from.value), Math.abs(to.value));
  const ratio = larger === 0 ? 0 : Math.abs(to.value - from.value) / larger;
  if (ratio > CLOSE_RATIO) return undefined;
  const apart = `${number(Math.round(ratio * 1000) / 10)}% apart`;
  return {
    relation: 'close',
    reason: `same measure and scope in different periods: ${amount(from.value, from.unit)} (${from.period}) vs ${amount(to.value, to.unit)} (${to.period}), ${apart}; easy to conflate, not the same quantity`,
  };
}
