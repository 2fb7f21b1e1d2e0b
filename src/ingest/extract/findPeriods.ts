import type { ArticleText } from './ArticleText.js';

/** A year the text names, fiscal or calendar, with where it stands. */
export interface YearMention {
  year: number;
  fiscal: boolean;
  start: number;
  end: number;
}

// "fiscal 2014", "fiscal year 2014", "FY2014", "FY 2014", "fiscal year '14", "FY14", "the 2014 fiscal year".
const FISCAL = /\b(?:(?:fiscal(?:\s+year)?|FY)\s*(?:(\d{4})|'(\d{2})|’(\d{2}))|FY\s*(\d{2})|(?<=\bthe\s)((?:19|20)\d{2})(?=\s+fiscal\s+year))\b/gi;
const BARE_YEAR = /\b((?:19|20)\d{2})\b/g;
/** The words that may make a year fiscal before it ("fiscal", "fiscal year", "FY"), as a regular-expression source. */
export const FISCAL_WORDS = String.raw`(?:fiscal(?:\s+year)?\s+|FY\s*)`;
/** "from 2014 to 2015", "from fiscal year 2014 to fiscal year 2015": the two years (groups 1 and 2). */
export const YEAR_RANGE = new RegExp(String.raw`\bfrom\s+${FISCAL_WORDS}?((?:19|20)\d{2})\s+to\s+${FISCAL_WORDS}?((?:19|20)\d{2})\b`, 'i');
const YEAR_RANGES = new RegExp(YEAR_RANGE.source, 'gi');
// The start of a fiscal year: "between Oct. 1, 2014, and ..." is fiscal year 2015.
const FISCAL_START = /\bOct(?:ober|\.)?\s+1,\s+((?:19|20)\d{2})\b/g;

export function yearMentions(text: string, offset = 0): YearMention[] {
  const mentions: YearMention[] = [];
  for (const match of text.matchAll(FISCAL)) {
    const digits = match[1] ?? match[5] ?? `20${match[2] ?? match[3] ?? match[4]}`;
    mentions.push({ year: Number(digits), fiscal: true, start: offset + match.index, end: offset + match.index + match[0].length });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = offset + match.index;
    if (mentions.some((m) => m.start <= start && start < m.end)) continue;
    mentions.push({ year: Number(match[1]), fiscal: false, start, end: start + 4 });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * The fiscal year an article reports on, for "last year", "the past fiscal year" and figures that
 * name no period: the fiscal year it names most often (the latest on a tie), else the year a
 * reporting window ends in.
 */
export function referenceYear(article: ArticleText): { year: number; fiscal: boolean } | null {
  const counts = new Map<number, number>();
  let windowEnd: number | null = null;
  for (const sentence of article.sentences) {
    for (const mention of yearMentions(sentence.text)) if (mention.fiscal) counts.set(mention.year, (counts.get(mention.year) ?? 0) + 1);
    for (const match of sentence.text.matchAll(FISCAL_START)) windowEnd = Math.max(windowEnd ?? 0, Number(match[1]) + 1);
    for (const match of sentence.text.matchAll(YEAR_RANGES)) windowEnd = Math.max(windowEnd ?? 0, Number(match[2]));
  }
  if (windowEnd !== null) return { year: windowEnd, fiscal: true };
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) return { year: best[0], fiscal: true };
  return null;
}
