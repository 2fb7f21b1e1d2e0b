import { figureInterval, type FigureInterval, type WordedValue } from './figureInterval.js';

/** A figure of one article as the arithmetic check sees it. */
export interface ArithmeticFigure extends WordedValue {
  id: string;
  unit: string;
  /** The Measure node's id: the slug of the measure name ("change-in-criminal-removals"). */
  measureId: string;
  /** The longer description, when the source gives one ("decline in removals …"); extraction gives none. */
  measureDetail: string | null;
  period: string | null;
  scope: string | null;
  derived: boolean;
}

/** What a derived figure states: a change in percent, a change as a count, or a multiple ("about twice"). */
export type ArithmeticKind = 'percent-change' | 'count-change' | 'multiple';

export type Direction = 'decline' | 'increase';

export interface ArithmeticCheck {
  kind: ArithmeticKind;
  claimId: string;
  /** The figures of the change's start and end period the claim is checked against, in that order. */
  sourceIds: [string, string];
  addsUp: boolean;
  /** The change the source figures give, in the claim's terms (its direction when it states one): 23.18 for a 23.2% decline. */
  actual: number;
  /** actual minus the stated value: percentage points, a count, or a factor. */
  delta: number;
  /** One sentence for a human reading the API. */
  reason: string;
}

/** A link the check asks for: from the derived figure to a figure it does not add up with. */
export interface ArithmeticConflict {
  fromId: string;
  toId: string;
  reason: string;
  delta: number;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const number = (value: number) => numberFormat.format(value);
const oneDecimal = (value: number) => number(Math.round(value * 10) / 10);
const twoDecimals = (value: number) => number(Math.round(value * 100) / 100);

/** "change in criminal removals" measures a change of "criminal removals"; these words may lead a change's measure name. */
const CHANGE_PREFIX = /^(change|changes|increase|increases|rise|growth|gain|decline|declines|decrease|drop|fall|reduction|cut)-in-(.+)$/;
const DECLINE_WORDS = /\b(?:declin\w*|decreas\w*|drop\w*|fell|fall\w*|reduc\w*|cut|plung\w*|plummet\w*|lower)\b/i;
const INCREASE_WORDS = /\b(?:increas\w*|ris(?:e|en|ing)|rose|grew|grow\w*|jump\w*|surg\w*|climb\w*|gain\w*|higher)\b/i;
const MULTIPLE_WORDS = /\b(?:twice|double[ds]?|triple[ds]?|times)\b/i;

/** The measure a change measures a change of: "change-in-criminal-removals" → "criminal-removals". */
export function changedMeasureId(measureId: string): string | null {
  return CHANGE_PREFIX.exec(measureId)?.[2] ?? null;
}

/**
 * The direction a derived figure states, where the graph records it: in its measure name ("decline
 * in removals") or its measure detail ("decline in ICE arrests"). Extraction records neither (its
 * measure is "change in …", with no detail), so for ingested articles this is null.
 */
export function statedDirection(figure: ArithmeticFigure): Direction | null {
  const prefix = CHANGE_PREFIX.exec(figure.measureId)?.[1] ?? '';
  for (const words of [prefix, figure.measureDetail ?? '']) {
    const decline = DECLINE_WORDS.test(words);
    const increase = INCREASE_WORDS.test(words);
    if (decline !== increase) return decline ? 'decline' : 'increase';
  }
  return null;
}

function kindOf(claim: ArithmeticFigure): ArithmeticKind | null {
  if (claim.unit === 'percent') return 'percent-change';
  if (MULTIPLE_WORDS.test(claim.valueText)) return 'multiple';
  return ['people', 'other', 'usd'].includes(claim.unit) ? 'count-change' : null;
}

const isBound = (interval: FigureInterval) => interval.kind !== 'rounded' && interval.kind !== 'nearly' && interval.kind !== 'about';

/**
 * What a stated change allows. A bound is one-sided here: "more than 20 percent" is true of a 35%
 * decline, so the reach figureInterval gives bounds to keep them comparable does not apply. A
 * multiple printed as a word ("twice") is taken to one decimal: "twice" allows 1.95–2.05, "about
 * twice" 1.9–2.1.
 */
function statedInterval(claim: ArithmeticFigure, kind: ArithmeticKind): FigureInterval {
  const wording = kind === 'multiple' && !/\d/.test(claim.valueText) ? { ...claim, valueText: claim.value.toFixed(1) } : claim;
  const interval = figureInterval(wording);
  switch (interval.kind) {
    case 'more-than':
    case 'at-least':
      return { ...interval, high: Infinity, highIncluded: false };
    case 'less-than':
    case 'at-most':
      return { ...interval, low: 0, lowIncluded: true };
    default:
      return interval;
  }
}

/**
 * The values a source figure stands for in the check: a number printed without a hedge is taken at
 * its value (the check asks whether the article's numbers agree with each other, not whether some
 * unrounded count could make them agree: with "231,000" read as 230,500–231,500 an "84,000 decline"
 * from 315,943 would pass); a hedged one ("nearly 410,000") at what its wording allows. Bounds
 * ("more than 2.4 million") are not values a change is computed from: null.
 */
function sourceRange(figure: ArithmeticFigure): [number, number] | null {
  const interval = figureInterval(figure);
  if (isBound(interval)) return null;
  return interval.kind === 'rounded' ? [figure.value, figure.value] : [interval.low, interval.high];
}

/** The range of |x| for x in [low, high]. */
function magnitudes(low: number, high: number): [number, number] {
  if (low <= 0 && high >= 0) return [0, Math.max(-low, high)];
  return [Math.min(Math.abs(low), Math.abs(high)), Math.max(Math.abs(low), Math.abs(high))];
}

function overlaps(interval: FigureInterval, [low, high]: [number, number]): boolean {
  const startsBeforeEnd = low < interval.high || (low === interval.high && interval.highIncluded);
  const endsAfterStart = high > interval.low || (high === interval.low && interval.lowIncluded);
  return startsBeforeEnd && endsAfterStart;
}

function allowed(interval: FigureInterval, unit: (value: number) => string): string {
  if (interval.high === Infinity) return `${interval.lowIncluded ? '' : 'more than '}${unit(interval.low)}${interval.lowIncluded ? ' or more' : ''}`;
  if (interval.kind === 'less-than' || interval.kind === 'at-most') return `${interval.highIncluded ? '' : 'less than '}${unit(interval.high)}${interval.highIncluded ? ' or less' : ''}`;
  return `${unit(interval.low)}–${unit(interval.high)}`;
}

const wordingOf = (figure: ArithmeticFigure) =>
  figure.qualifier && !figure.valueText.toLowerCase().startsWith(figure.qualifier.toLowerCase()) ? `${figure.qualifier} ${figure.valueText}` : figure.valueText;

const percent = (value: number) => `${oneDecimal(value)}%`;
const count = (unit: string) => (value: number) => (unit === 'usd' ? `$${number(value)}` : number(value));

/** The source figures for one period: those that stand for a value, if they agree with each other; the most precise of them. */
function sourceFor(figures: ArithmeticFigure[]): ArithmeticFigure | null {
  const usable = figures.filter((figure) => sourceRange(figure) !== null);
  if (usable.length === 0) return null;
  const ranges = usable.map((figure) => figureInterval(figure));
  // Two values one article gives for one measure and period that do not overlap are two things its
  // measure name lumps together: which of them the change was computed from is unknown.
  const agree = ranges.every((a) => ranges.every((b) => a.low <= b.high && b.low <= a.high));
  if (!agree) return null;
  // Precision by wording: "396,906" (396,905.5–396,906.5) before "400,000" or "nearly 400,000".
  const width = (figure: ArithmeticFigure) => {
    const interval = figureInterval(figure);
    return interval.high - interval.low;
  };
  return [...usable].sort((a, b) => width(a) - width(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0]!;
}

/**
 * Checks one derived figure against the plain figures of its article it is computed from: a change
 * "A->B" of measure "change in X" against the figures of measure X, the same scope and the same
 * unit (any but percent; for a count change, the claim's unit) for periods A and B. Undefined when
 * it cannot be checked: not a change of two periods, a source figure missing, ambiguous or a bound.
 * The direction a wording states ("declined") is compared with the sign of B − A only where the
 * graph records it (statedDirection); otherwise sizes are compared, and the reason says so.
 */
export function checkDerivedFigure(claim: ArithmeticFigure, figures: ArithmeticFigure[]): ArithmeticCheck | undefined {
  if (!claim.derived || claim.period === null) return undefined;
  const kind = kindOf(claim);
  const measureId = changedMeasureId(claim.measureId);
  const periods = claim.period.split('->');
  if (kind === null || measureId === null || periods.length !== 2) return undefined;
  const [startPeriod, endPeriod] = periods as [string, string];
  if (!startPeriod || !endPeriod || startPeriod === endPeriod) return undefined;

  const scope = claim.scope?.toLowerCase() ?? null;
  const candidates = figures.filter(
    (figure) =>
      !figure.derived &&
      figure.measureId === measureId &&
      (figure.scope?.toLowerCase() ?? null) === scope &&
      (kind === 'count-change' ? figure.unit === claim.unit : figure.unit !== 'percent'),
  );
  const start = sourceFor(candidates.filter((figure) => figure.period === startPeriod));
  const end = sourceFor(candidates.filter((figure) => figure.period === endPeriod));
  if (!start || !end || start.unit !== end.unit) return undefined;
  const [a, b] = [sourceRange(start)!, sourceRange(end)!];
  if (a[0] <= 0 && kind !== 'count-change') return undefined;

  const stated = statedInterval(claim, kind);
  const direction = kind === 'multiple' ? null : statedDirection(claim);
  const unitOf = kind === 'percent-change' ? percent : kind === 'multiple' ? (value: number) => `${twoDecimals(value)}×` : count(claim.unit);
  const change = end.value - start.value;
  const actualDirection: Direction | null = change < 0 ? 'decline' : change > 0 ? 'increase' : null;
  const fromTo = `${number(start.value)} (${startPeriod}) → ${number(end.value)} (${endPeriod})`;

  let actual: number;
  let range: [number, number];
  let computed: string;
  if (kind === 'multiple') {
    actual = end.value / start.value;
    range = [b[0] / a[1], b[1] / a[0]];
    computed = `${number(end.value)} (${endPeriod}) is ${twoDecimals(actual)} times ${number(start.value)} (${startPeriod})`;
  } else {
    // The change in the claim's direction when it states one (a stated decline that is really an
    // increase is a negative decline), else its size.
    const signed = (low: number, high: number): [number, number] =>
      direction === 'decline' ? [-high, -low] : direction === 'increase' ? [low, high] : magnitudes(low, high);
    if (kind === 'percent-change') {
      actual = (direction === 'decline' ? -1 : direction === 'increase' ? 1 : Math.sign(change)) * (change / start.value) * 100;
      range = signed((b[0] / a[1] - 1) * 100, (b[1] / a[0] - 1) * 100);
      computed = `${fromTo} is ${actualDirection ? `a ${percent(Math.abs(change / start.value) * 100)} ${actualDirection}` : 'no change'}`;
    } else {
      actual = direction === 'decline' ? -change : direction === 'increase' ? change : Math.abs(change);
      range = signed(b[0] - a[1], b[1] - a[0]);
      computed = `${fromTo} is ${actualDirection ? `a ${actualDirection} of ${count(claim.unit)(Math.abs(change))}` : 'no change'}`;
    }
  }
  const addsUp = overlaps(stated, range);
  const what = kind === 'multiple' ? 'multiple' : (direction ?? 'change');
  const statedText = `stated ${what} of '${wordingOf(claim)}' (allows ${allowed(stated, unitOf)})`;
  const sizesOnly = kind !== 'multiple' && direction === null ? '; the wording\'s direction is not recorded, so sizes are compared' : '';
  return {
    kind,
    claimId: claim.id,
    sourceIds: [start.id, end.id],
    addsUp,
    actual,
    delta: actual - claim.value,
    reason: `${statedText}${addsUp ? ', and ' : ', but '}${computed}${sizesOnly}`,
  };
}

/**
 * The article's own arithmetic that does not add up: each derived figure checked against the figures
 * it is computed from (checkDerivedFigure), and for each that fails, a conflict from it to each of
 * the two source figures. Checks that add up, or cannot be made, link nothing.
 */
export function checkArticleArithmetic(figures: ArithmeticFigure[]): ArithmeticConflict[] {
  return figures.flatMap((claim) => {
    const check = checkDerivedFigure(claim, figures);
    if (!check || check.addsUp) return [];
    return check.sourceIds.map((toId) => ({ fromId: claim.id, toId, reason: check.reason, delta: check.delta }));
  });
}
