/** What a figure's wording says about its value: the printed number, its rounding and its qualifier. */
export interface WordedValue {
  value: number;
  valueText: string;
  qualifier: string | null;
  approximate: boolean;
}

/** The values a figure's wording allows, from `low` to `high`, each end included or not. */
export interface FigureInterval {
  low: number;
  high: number;
  lowIncluded: boolean;
  highIncluded: boolean;
  /** The step the printed number is rounded to: 10,000 for "410,000", 1 for "396,906", 0.1 for "2.4 million". */
  rounding: number;
  /** How the qualifier bends the rounding interval. */
  kind: QualifierKind;
}

export type QualifierKind = 'rounded' | 'nearly' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most';

const qualifierKinds: Record<string, QualifierKind> = {
  nearly: 'nearly',
  almost: 'nearly',
  'just under': 'nearly',
  'just shy of': 'nearly',
  about: 'about',
  around: 'about',
  approximately: 'about',
  roughly: 'about',
  some: 'about',
  'an estimated': 'about',
  estimated: 'about',
  'close to': 'about',
  'more than': 'more-than',
  'slightly more than': 'more-than',
  'just over': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'greater than': 'more-than',
  'upwards of': 'more-than',
  'in excess of': 'more-than',
  'at least': 'at-least',
  'no fewer than': 'at-least',
  'no less than': 'at-least',
  'less than': 'less-than',
  'fewer than': 'less-than',
  under: 'less-than',
  below: 'less-than',
  'up to': 'at-most',
  'at most': 'at-most',
  'no more than': 'at-most',
};

/**
 * How far a bound ("more than X", "less than X") reaches beyond X: a tenth of X, or one rounding
 * step if that is more. Unbounded, "more than 2.4 million" would agree with any larger number.
 */
const BOUND_REACH = 0.1;

const multipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const printedNumber = /(\d[\d,]*)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion)\b)?/i;

/**
 * The rounding step of a number printed with these digits. A number is taken to keep at least two
 * significant digits, so "400,000" is rounded to the ten-thousand, like "410,000", not to the
 * hundred-thousand: writers say "nearly 400,000" for 396,906, not for 310,000.
 */
function stepOf(integerDigits: string, decimals: string | undefined): number {
  if (decimals) return 10 ** -decimals.length;
  const digits = integerDigits.replace(/^0+(?=\d)/, '');
  const trailingZeros = digits === '0' ? 0 : digits.length - digits.replace(/0+$/, '').length;
  return 10 ** Math.min(trailingZeros, Math.max(digits.length - 2, 0));
}

/** The rounding of the number as printed in `valueText`, or of `value` when the text does not print it ("two-thirds"). */
function roundingOf({ value, valueText }: WordedValue): number {
  const match = printedNumber.exec(valueText);
  if (match) {
    const [, integerPart = '', decimals, scale] = match;
    const integerDigits = integerPart.replace(/,+$/, '').replace(/,/g, '');
    const multiplier = scale ? (multipliers[scale.toLowerCase()] ?? 1) : 1;
    const printed = Number(decimals ? `${integerDigits}.${decimals}` : integerDigits) * multiplier;
    if (Math.abs(printed - Math.abs(value)) <= 1e-9 * Math.max(1, Math.abs(value))) return stepOf(integerDigits, decimals) * multiplier;
  }
  const plain = /^(\d+)(?:\.(\d+))?$/.exec(String(Math.abs(value)));
  if (plain) return stepOf(plain[1] ?? '0', plain[2]);
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
}

function kindOf({ qualifier, approximate }: WordedValue): QualifierKind {
  const known = qualifier ? qualifierKinds[qualifier.trim().toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return known ?? (approximate ? 'about' : 'rounded');
}

/**
 * The values a figure's wording allows: the rounding of the printed number (an unqualified
 * "410,000" means 405,000 to 415,000), narrowed or widened by its qualifier ("nearly 410,000":
 * 400,000 to 410,000; "about 410,000": 400,000 to 420,000; "more than 410,000": above 410,000, up to 451,000).
 */
export function figureInterval(figure: WordedValue): FigureInterval {
  const x = figure.value;
  const rounding = roundingOf(figure);
  const kind = kindOf(figure);
  const reach = Math.max(rounding, BOUND_REACH * Math.abs(x));
  // Counts and shares do not go below zero, however far "less than" reaches.
  const floor = (low: number) => (x >= 0 ? Math.max(low, 0) : low);
  const interval = (low: number, high: number, lowIncluded: boolean, highIncluded: boolean): FigureInterval => ({ low, high, lowIncluded, highIncluded, rounding, kind });
  switch (kind) {
    case 'rounded':
      return interval(x - rounding / 2, x + rounding / 2, true, false);
    case 'nearly':
      return interval(x - rounding, x, true, true);
    case 'about':
      return interval(x - rounding, x + rounding, true, true);
    case 'more-than':
      return interval(x, x + reach, false, true);
    case 'at-least':
      return interval(x, x + reach, true, true);
    case 'less-than':
      return interval(floor(x - reach), x, true, false);
    case 'at-most':
      return interval(floor(x - reach), x, true, true);
  }
}
