import type { SourceArticle } from '../src/ingest/read/SourceArticle.js';

/** A small deterministic PRNG (mulberry32), so that every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Maria', 'James', 'Linda', 'Robert', 'Susan', 'David', 'Karen', 'Thomas', 'Nancy', 'Daniel', 'Laura', 'Steven'];
const FAMILY = ['Alvarez', 'Whitfield', 'Okafor', 'Brennan', 'Castillo', 'Nakamura', 'Delgado', 'Hartman', 'Moreno', 'Lindqvist'];
const ORGS = ['the Center for Immigration Studies', 'the Migration Policy Institute', 'the American Civil Liberties Union', 'the National Immigration Forum', 'the Cato Institute'];
const ROLES = ['a senior fellow at', 'the research director of', 'a policy analyst with', 'the executive director of'];
const MEASURES = ['removals', 'deportations of convicted criminals', 'releases', 'arrests in the interior'];
const HEDGES = ['nearly', 'about', 'more than', 'almost', ''];

const pick = <T>(next: () => number, list: T[]): T => list[Math.floor(next() * list.length)]!;
const count = (next: () => number, scale: number) => Math.round(scale * (0.5 + next())).toLocaleString('en-US');

/**
 * How a figure's value is chosen. `published`: as in the news, an agency publishes one value per measure and year,
 * and articles quote it exactly (40%), rounded with "nearly", "about" or "more than" (50%), or now and then (10%) give a
 * disputed count of their own. `random`: every figure a value of its own, so that each measure and year holds hundreds
 * of different values (a worst case for linking: nothing is a restatement).
 */
export type ValueModel = 'published' | 'random';

const published = (measure: string, year: number) => Math.round(300_000 * (0.5 + random(MEASURES.indexOf(measure) * 7919 + year)()));

function quoted(next: () => number, measure: string, year: number): string {
  const value = published(measure, year);
  const style = next();
  if (style < 0.4) return value.toLocaleString('en-US');
  if (style < 0.6) return `nearly ${(Math.ceil(value / 10_000) * 10_000).toLocaleString('en-US')}`;
  if (style < 0.75) return `about ${(Math.round(value / 1000) * 1000).toLocaleString('en-US')}`;
  if (style < 0.9) return `more than ${(Math.floor(value / 10_000) * 10_000).toLocaleString('en-US')}`;
  return (Math.round((value * (0.85 + 0.3 * next())) / 1000) * 1000).toLocaleString('en-US');
}

/** One article of about 5 KB in the style of enforcement-statistics news, written from templates (no real article's words). */
function article(index: number, values: ValueModel): SourceArticle {
  const next = random(index + 1);
  const year = 2009 + Math.floor(next() * 10);
  const person = () => `${pick(next, GIVEN)} ${pick(next, FAMILY)}`;
  const paragraphs: string[] = [];
  while (paragraphs.join('\n\n').length < 4800) {
    const analyst = person();
    const org = pick(next, ORGS);
    const measure = pick(next, MEASURES);
    const hedge = pick(next, HEDGES);
    paragraphs.push(
      values === 'published'
        ? `U.S. Immigration and Customs Enforcement reported ${quoted(next, measure, year)} ${measure} in fiscal year ${year}, down from ${quoted(next, measure, year - 1)} a year earlier, the agency said in a statement on Tuesday.`
        : `U.S. Immigration and Customs Enforcement reported ${hedge ? `${hedge} ` : ''}${count(next, 300_000)} ${measure} in fiscal year ${year}, down from ${count(next, 320_000)} a year earlier, the agency said in a statement on Tuesday.`,
      `"These numbers show that our priorities are working, and we will keep focusing on public safety," said ${person()}, a spokesperson for ICE. "We remove those who pose the greatest threat."`,
      `${analyst}, ${pick(next, ROLES)} ${org}, said the decline of ${Math.round(5 + next() * 30)} percent reflected fewer referrals from local jails. She added that "the data tell only part of the story."`,
      `About ${Math.round(40 + next() * 50)} percent of those removed had criminal convictions, according to the Department of Homeland Security.`,
      `The Secure Communities program and 287(g) agreements in ${Math.round(10 + next() * 30)} states were cited as reasons for the change, according to ${org}.`,
      // Narrative without numbers, so that figures and quotes per KB come near the seed articles' (~2.5 and ~3.5).
      `Local officials in several counties have debated for years whether to honor detainer requests, and the question has divided sheriffs who share the agency's priorities from those who worry about trust in immigrant communities.`,
      `Advocates for stricter enforcement argue that the administration has narrowed its priorities too far, while immigrant rights groups say the focus on criminal records still sweeps up people with minor offenses and long ties to their neighborhoods.`,
    );
  }
  return { id: `bench-${index}`, text: paragraphs.join('\n\n'), title: `Enforcement report ${index}`, publisher: null, url: null, publishedOn: null, byline: [] };
}

export function generateArticles(count: number, offset = 0, values: ValueModel = 'random'): SourceArticle[] {
  return Array.from({ length: count }, (_, index) => article(offset + index, values));
}
