export interface ParsedPeriod {
  id: string;
  kind: 'fiscal_year' | 'calendar_year' | 'month' | 'day' | 'range' | 'change';
  start: string | null;
  end: string | null;
}

interface Bounds {
  start: string;
  end: string;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A single period's first and last day; a US federal fiscal year N runs 1 Oct N-1 to 30 Sep N. */
function boundsOf(text: string): Bounds | undefined {
  let match = /^FY(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return { start: `${year - 1}-10-01`, end: `${year}-09-30` };
  }
  match = /^(\d{4})$/.exec(text);
  if (match) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return { start: `${text}-01`, end: lastDayOfMonth(Number(match[1]), Number(match[2])) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { start: text, end: text };
  return undefined;
}

/**
 * Reads the period notation of the extraction format: FY2011, 2013, 2013-03, 2012-05-31,
 * ranges `a..b` (either side open) and changes `A->B`. Anything else is not a period.
 */
export function parsePeriod(text: string | null): ParsedPeriod | undefined {
  if (!text) return undefined;
  const single = boundsOf(text);
  if (single) {
    const kind = text.startsWith('FY') ? 'fiscal_year' : text.length === 4 ? 'calendar_year' : text.length === 7 ? 'month' : 'day';
    return { id: text, kind, ...single };
  }
  const range = /^(.*)\.\.(.*)$/.exec(text);
  const change = /^(.+)->(.+)$/.exec(text);
  const pair = range ?? change;
  if (!pair) return undefined;
  const from = pair[1] ? boundsOf(pair[1]) : undefined;
  const to = pair[2] ? boundsOf(pair[2]) : undefined;
  if ((pair[1] && !from) || (pair[2] && !to) || (!from && !to)) return undefined;
  return { id: text, kind: range ? 'range' : 'change', start: from?.start ?? null, end: to?.end ?? null };
}
