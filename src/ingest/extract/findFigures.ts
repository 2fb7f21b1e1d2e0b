import type { ArticleText, Sentence } from './ArticleText.js';
import type { ExtractedFigure } from './Extraction.js';
import type { FoundFigure } from './FoundFigure.js';
import { FISCAL_WORDS, referenceYear, YEAR_RANGE, yearMentions } from './findPeriods.js';
import { US_PLACE } from './usPlace.js';

const NUMBER = /(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\s+in\s+\d{1,3}(?![\d,.]))(\s*(?:million|billion|thousand)\b)?(\s*(?:%|percent\b|per cent\b|percentage points?\b))?|\b(two-thirds|one-third|three-quarters|one-quarter|one-fifth|one-half|twice|doubled|tripled|trebled|quadrupled|(?:half|a third|a quarter|a fifth)(?= of\b))\b|\b(one|two|three|four|\d{1,2}) in (two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![,.]\d)/gi;
const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const FRACTION: Record<string, number> = { 'two-thirds': 66.67, 'one-third': 33.33, 'three-quarters': 75, 'one-quarter': 25, 'one-fifth': 20, 'one-half': 50, half: 50, 'a third': 33.33, 'a quarter': 25, 'a fifth': 20 };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/;
const DURATION_AFTER = /^(?:\s|-)*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|year-old|-year)\b/i;
const HEDGE = /\b(slightly more than|more than|as many as|over|at least|upwards of|just over|nearly|almost|close to|just under|about|around|approximately|roughly|some|an estimated|less than|fewer than|under|up to)\s+(?:a\s+)?$/i;
const PEOPLE_NOUN = /^(?:people|persons|individuals|immigrants|aliens|illegals|migrants|noncitizens|foreigners|criminals|convicts|felons|offenders|deportees|children|minors|adults|men|women|workers|residents|removals|deportations|returns|detainees|inmates|prisoners|parents|students|employees|agents|officers|judges|members|recipients|applicants|citizens|refugees|victims|border crossers)$/i;
const FUNCTION_WORD = String.raw`(?:of|in|on|at|for|to|from|with|by|who|which|that|and|or|the|a|an|were|was|are|is|has|have|had|more|less|than|its|their|his|her|this|these|those|as|per|across|always|perhaps|various|previous|towards|afterwards|besides|thus|plus|minus|versus|ones)\b`;
const UNLISTED_NOUN_AFTER = new RegExp(String.raw`^\s+((?:(?!${FUNCTION_WORD})[A-Za-z][\w-]*\s+){0,2}?(?!${FUNCTION_WORD})([a-z]{3,}s))\b(?!')`);
const OTHER_NOUN = /^(?:families|cases|agreements|requests|detainers|beds|jurisdictions|states|counties|cities|agencies|flights|applications|petitions|votes|facilities|programs|offices|countries)$/i;
const NOUN_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,3}?(people|persons|individuals|immigrants|aliens|illegals|migrants|noncitizens|foreigners|criminals|convicts|felons|offenders|deportees|children|minors|adults|men|women|workers|residents|removals|deportations|returns|detainees|inmates|prisoners|parents|students|employees|agents|officers|judges|members|recipients|applicants|citizens|refugees|victims|families|cases|agreements|requests|detainers|beds|jurisdictions|states|counties|cities|agencies|flights|applications|petitions|votes|facilities|programs|offices|countries|dollars|vote|chance|decline|drop|increase|decrease|rise|reduction)\b/i;

/** What a count is of, by the words around it; the first pattern that matches nearest wins. */
const BASES: [RegExp, string][] = [
  [/\b(?:deport\w*|remov\w*|sent (?:home|back)|expel\w*|kicking out)/gi, 'removals'],
  [/\breleas\w*/gi, 'releases'],
  [/\bencounter\w*/gi, 'encounters'],
  [/\barrest\w*/gi, 'arrests'],
  [/\bapprehen\w*/gi, 'apprehensions'],
  [/\b(?:detain\w*|detention\w*|held|in custody)/gi, 'detentions'],
  [/\bseparat\w*/gi, 'families separated'],
  [/\bcrossing\w*/gi, 'border crossings'],
];
const ENFORCEMENT = new Set(['removals', 'releases', 'encounters', 'arrests', 'apprehensions', 'detentions', 'families separated', 'border crossings', 'pending cases']);
const CRIMINAL = /\b(?:convict\w*|criminal\w*|felon\w*|felonies|misdemeanors?|crimes?|offenses|offenders|homicide)\b/i;
// "made up 45 percent" is a share, not a rise.
const CHANGE_BEFORE = /\b(?:declin\w*|drop\w*|fell|fall\w*|plung\w*|plummet\w*|ris(?:e|en|ing)|rose|increas\w*|decreas\w*|grew|grow\w*|jump\w*|surg\w*|climb\w*|cut|down|(?<!\b(?:made|make|makes|making)\s+)up|reduc\w*)\s+(?:by\s+|of\s+)?$/i;
const CHANGE_AFTER = /^\s*(?:percent\s+|%\s*)?(?:increase|decrease|decline|drop|rise|jump|reduction|cut|fall|gain)\b/i;
const RELATIVE_YEAR = /\b(?:last year|past year|past fiscal year|this fiscal year|this year|past 12 months|previous fiscal year|year-end)\b/i;

// "figures released Friday", "a news release": a publication, not people released from custody.
const PUBLISHED = /\b(?:news|press)\s+releas\w*|\b(?:figures|data|statistics|numbers|report|records|documents|study|analysis|memo)\s+(?:\w+\s+)?releas\w*|\breleas\w*\s+(?:(?:a|an|the|its|their|new|on|by)\s+)*(?:figures|data|statistics|numbers|report|records|documents|study|analysis|memo|statement)\b/gi;

function baseMeasureNear(text: string, position: number): string | null {
  const published = [...text.matchAll(PUBLISHED)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  let best: { distance: number; base: string } | null = null;
  for (const [pattern, base] of BASES) {
    for (const match of text.matchAll(pattern)) {
      if (base === 'releases' && published.some((span) => span.start <= match.index && match.index < span.end)) continue;
      // "released from detention": where they were released from, not a count of detentions.
      if (base === 'detentions' && /\bfrom\s+(?:immigration\s+|ICE\s+)?$/i.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      const distance = Math.abs(match.index - position);
      if (!best || distance < best.distance) best = { distance, base };
    }
  }
  return best?.base ?? null;
}

/** The clause around a number: from the last clause break before it to the next after it. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 1;
  const after = text.slice(end);
  const breaks = [after.search(/[;.]\s/), after.search(/, (?!\d)/)].filter((i) => i >= 0);
  const to = breaks.length ? end + Math.min(...breaks) : text.length;
  return text.slice(from, Math.max(to, Math.min(text.length, end + 60)));
}

interface Reading {
  value: number;
  valueText: string;
  unit: ExtractedFigure['unit'] | null;
  derived: boolean;
}

/** Words that state a ratio of a later count to an earlier one. */
const MULTIPLE: Record<string, number> = { twice: 2, doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 };

const countOf = (word: string) => (/^\d/.test(word) ? Number(word) : SMALL_NUMBERS.indexOf(word.toLowerCase()));

function readNumber(match: RegExpMatchArray): Reading | null {
  const [whole, dollar, digits, scale, percent, word, part, of] = match;
  // "one in five", "1 in 6" are shares.
  if (part && of) return { value: Math.round((countOf(part) / countOf(of)) * 10_000) / 100, valueText: whole, unit: 'percent', derived: false };
  if (word) {
    const lower = word.toLowerCase();
    if (MULTIPLE[lower]) return { value: MULTIPLE[lower], valueText: whole, unit: 'other', derived: true };
    return { value: FRACTION[lower]!, valueText: whole, unit: 'percent', derived: false };
  }
  const value = Number(digits!.replace(/,/g, '')) * (scale ? SCALE[scale.trim().toLowerCase()]! : 1);
  const unit = percent ? 'percent' : dollar ? 'usd' : null;
  return { value, valueText: whole.trim(), unit, derived: false };
}

function isNotAStatistic(text: string, match: RegExpMatchArray): boolean {
  const start = match.index!;
  const end = start + match[0].length;
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  const [, dollar, digits, scale, percent, word, part] = match;
  if (part) return false;
  if (word) {
    const lower = word.toLowerCase();
    // "twice as many" compares; "twice a year" and "doubled down" count nothing.
    if (lower === 'twice') return !/^\s+(?:that|the|as)\b/i.test(after);
    // "the first half of fiscal year 2017" is a time.
    if (lower === 'half') return /\b(?:first|second|latter|last)\s+$/i.test(before);
    return MULTIPLE[lower] !== undefined && /^\s+down\b/i.test(after);
  }
  if (/[\w=@#/:.-]$/.test(before) && !/\$\s?$/.test(before) && !dollar) return true;
  // "calling 911" is a number to call.
  if (digits === '911' && /\b(?:call\w*|dial\w*)\s+$/i.test(before)) return true;
  if (/^[A-Za-z(]/.test(after) || /^[:/]\d/.test(after) || /^\.\d/.test(after)) return true;
  const plain = !scale && !percent && !dollar && !digits!.includes(',') && !digits!.includes('.');
  if (plain && /^(?:19|20)\d{2}$/.test(digits!)) return true;
  if (plain && (MONTH_BEFORE.test(before) || /^,\s*(?:19|20)\d{2}/.test(after))) return true;
  if (!percent && DURATION_AFTER.test(after)) return true;
  // "at 10 p.m.": a time of day.
  if (plain && /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)/i.test(after)) return true;
  if (/\b(?:No\.|Section|Title|Article|H\.R\.|S\.|Chapter|Rule|Form|Level|Tier|Priority|Category|Phase|Channel|Precinct|District|Station|Room|Suite|Route|Highway|Interstate)\s*$/.test(before)) return true;
  // "Maria Gómez, 34, whose brother …": an age; "KXVN 11 News": a name; "(202) 732-4242": a telephone number.
  if (plain && /\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^,\s/.test(after) && Number(digits) < 120) return true;
  if (plain && /\b[A-Z]{2,}\s$/.test(before) && /^\s\p{Lu}/u.test(after)) return true;
  if (/\(\s*$/.test(before) && /^\)\s*\d{3}-\d{4}/.test(after)) return true;
  if (/^-\d{4}\b/.test(after) || /\)\s*$/.test(before) && /^-\d{4}/.test(after)) return true;
  if (/[’']$/.test(before)) return true;
  return false;
}

/** "immigrants were waiting for hearings" → " waiting for hearings": what a bare count is of. */
function predicateOf(after: string): string {
  const predicate = /^\s+(?:[a-z][\w-]*\s+){0,3}?(?:people|persons|individuals|immigrants|aliens|illegals|migrants|[a-z]+s)\s+(?:who\s+)?(?:were|was|are|is|had been|have been|been)\s+((?:(?!as\b|since\b|because\b|when\b|after\b|before\b|this\b|that\b|last\b)[a-z]+\s*){1,4})/.exec(after);
  return predicate ? ` ${predicate[1]!.trim()}` : '';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAME = String.raw`(${MONTHS.join('|')})[a-z]*\.?`;
/** A month's number as the period formats write it: "Jul" is "07". */
const monthNumber = (name: string) => String(MONTHS.indexOf(name.slice(0, 1).toUpperCase() + name.slice(1, 3).toLowerCase()) + 1).padStart(2, '0');
const AS_OF_DATE = String.raw`\s+${MONTH_NAME}\s+(\d{1,2}),\s+((?:19|20)\d{2})\b`;
const AS_OF_AFTER = new RegExp(String.raw`\bas of${AS_OF_DATE}`);
const AS_OF_OPENING = new RegExp(String.raw`^As of${AS_OF_DATE}`);
/** "between fiscal 2009 and fiscal 2016": a window of years (fiscal when group 1 says so). */
const YEAR_WINDOW = new RegExp(String.raw`\bbetween\s+(${FISCAL_WORDS})?((?:19|20)\d{2})\s+and\s+${FISCAL_WORDS}?((?:19|20)\d{2})\b`, 'i');
/** "between July 2010 and September 2012": a window of months. */
const MONTH_RANGE = new RegExp(String.raw`\b(?:[Bb]etween|[Ff]rom)\s+${MONTH_NAME}\s+((?:19|20)\d{2})\s+(?:and|to|through|until)\s+${MONTH_NAME}\s+((?:19|20)\d{2})\b`);
// "since 2009", "since fiscal year 2009", "since its launch in 2008", "since President Obama took office".
const SINCE = /\b[Ss]ince\s+(?:(?:its|their|the program['’]s)\s+\w+\s+in\s+)?(?:(fiscal(?:\s+year)?\s+|FY\s*)?((?:19|20)\d{2})\b|FY(\d{2})\b|(?:President\s+)?[A-Z]\w+\s+(?:took|came into|entered)\s+office\b)/;

// The place of what is counted ("arrests in New England", "deported from Harlan County", "Texas jails"), not of
// the telling ("During a campaign stop in Ohio, … claimed …").
const LOCAL_PLACE = new RegExp(String.raw`\b(?:arrest|remov|deport|detain|detention|releas|apprehen|encounter|immigrant|people|case|request)\w*\s+(?:[\w-]+\s+){0,2}?(?:in|from|across|throughout)\s+(${US_PLACE})|\b(${US_PLACE})\s+(?:jails?|sheriffs?|counties|courts?|police)\b`);
// Lower case after the first letter: "the National Immigration Forum said" says nothing of scope.
const NATIONAL = /\b(?:[Nn]ationwide|[Nn]ationally|national (?:total|figures?|count)|across the country|in the (?:U\.S\.|United States|country))\b/;
const RECORD_SINCE = /\b(?:highest|lowest|most|fewest|largest|smallest|biggest)\s+(?:\w+\s+){0,2}since\b/i;
const SINCE_BEFORE = new RegExp(String.raw`\bsince\s+${FISCAL_WORDS}?$`, 'i');
/** "from fiscal 2016, when agents made …" before a count: "from" (group 1), fiscal words (group 2), the year (group 3). */
const WHEN_YEAR_BEFORE = new RegExp(String.raw`(\bfrom\s+)?\b(${FISCAL_WORDS})?((?:19|20)\d{2}),\s+when\b[^.;,]*$`, 'i');
/** "… from fiscal 2016", "… from 240,255 in fiscal 2016" after a change: fiscal words (group 1), the year (group 2). */
const FROM_YEAR_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\bfrom\s+(?:[\d,.]+\s+(?:[a-z]+\s+){0,2}?in\s+)?(${FISCAL_WORDS})?((?:19|20)\d{2})\b(?!\s+to\b)`, 'i');
/** A total over the years up to the article's: "over the past decade", "in the last five years" ("the previous six years" may end before it). */
const PAST_SPAN = /\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:(decade)|(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:fiscal\s+)?years)\b/i;

/**
 * What an amount of money is, by the words of its clause and the topic of its sentence: "spent $2 billion
 * on detention" is detention spending, "the program cost $675,000" the program's cost.
 */
function moneyMeasure(clause: string, sentence: string, base: string | null): string {
  const kind = /\bbudget/i.test(clause) ? 'budget' : /\bfund(?:ing|ed|s)?\b|\bappropriat/i.test(clause) ? 'funding' : /\bcost/i.test(clause) ? 'cost' : 'spending';
  const topic = /\bdetention|\bdetain|\bbeds?\b/i.test(sentence) ? 'detention' : base === 'removals' && /\bdeport|\bremov/i.test(sentence) ? 'deportation' : /\bprogram\b|\bagreement/i.test(sentence) ? 'program' : null;
  return topic ? `${topic} ${kind}` : kind;
}

function periodText(year: number, fiscal: boolean): string {
  return fiscal ? `FY${year}` : String(year);
}

/** The last year named in sentences before this one (for "that year", "since that year"). */
function lastYearBefore(article: ArticleText, sentenceIndex: number): number | null {
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const mentions = yearMentions(article.sentences[i]!.text);
    if (mentions.length) return mentions[mentions.length - 1]!.year;
  }
  return null;
}

/**
 * Finds the statistics of an article: counts, percentages, amounts and changes, with the hedge
 * that qualifies each, its unit, what it measures, the period it covers and its scope.
 */
export function findFigures(article: ArticleText): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const reference = referenceYear(article);
  const fiscalArticle = article.sentences.some((sentence) => yearMentions(sentence.text).some((m) => m.fiscal));
  const mainBase = (() => {
    const counts = new Map<string, number>();
    for (const sentence of article.sentences) {
      for (const [pattern, base] of BASES) counts.set(base, (counts.get(base) ?? 0) + (sentence.text.match(pattern)?.length ?? 0));
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  })();

  article.sentences.forEach((sentence: Sentence, sentenceIndex) => {
    const text = sentence.text;
    const matches = [...text.matchAll(NUMBER)].filter((match) => !isNotAStatistic(text, match));
    const sentenceYears = yearMentions(text);
    const denominators = new Set<number>();
    for (const match of matches) {
      if (denominators.has(match.index!)) continue;
      let reading = readNumber(match);
      if (!reading) continue;
      const start = match.index!;
      let end = start + match[0].length;
      // "3 out of 4 people": one share, not two counts.
      const outOf = reading.unit === null && !reading.derived ? /^\s+out of\s+(?:every\s+)?(\d+)\b/.exec(text.slice(end)) : null;
      if (outOf && Number(outOf[1]) > 0) {
        denominators.add(end + outOf[0].length - outOf[1]!.length);
        reading = { value: Math.round((reading.value / Number(outOf[1])) * 10_000) / 100, valueText: `${reading.valueText}${outOf[0]}`, unit: 'percent', derived: false };
        end += outOf[0].length;
      }
      const before = text.slice(0, start);
      const after = text.slice(end);
      const hedge = HEDGE.exec(before.slice(-40))?.[1]?.toLowerCase() ?? null;
      const qualifier = hedge === null ? null
        : /^(?:nearly|almost|close to|just under)$/.test(hedge) ? 'nearly'
        : /^(?:about|around|approximately|roughly|some|an estimated)$/.test(hedge) ? 'about'
        : /^(?:less than|fewer than|under|up to|as many as)$/.test(hedge) ? 'less than' : 'more than';
      const clause = clauseAround(text, start, end);
      // "6,848 worksite investigations", "689,800 active DACA recipients": a plural noun the lists do not know names what is counted.
      const listedNoun = NOUN_AFTER.exec(after)?.[1]?.toLowerCase() ?? null;
      const candidateNoun = listedNoun !== null || reading.unit !== null || reading.derived ? null : UNLISTED_NOUN_AFTER.exec(after);
      // "36,007 releases": enforcement words keep their measure.
      const unlisted = candidateNoun && !BASES.some(([pattern]) => candidateNoun[1]!.match(pattern)) ? candidateNoun : null;
      const noun = listedNoun ?? (unlisted && !/^(?:years|months|weeks|days|hours|times|points|percentage)$/i.test(unlisted[2]!) ? unlisted[1]! : null);
      const beforeHedge = hedge ? before.slice(0, before.length - (HEDGE.exec(before.slice(-40))?.[0].length ?? 0)) : before;
      // "Local jails declined about 10,000 of them": a part of a whole is no change;
      // nor are "declined 2,191 detainer requests": things turned down, counted.
      const turnedDown = reading.unit === null && /\b(?:declin|reject|refus)\w*\s+$/i.test(beforeHedge) && noun !== null;
      const partOfWhole = /^\s+of\s+(?:them|those|these)\b/.test(after) || turnedDown;
      const change = reading.derived || (!partOfWhole && CHANGE_BEFORE.test(beforeHedge.slice(-30))) || CHANGE_AFTER.test(after) || (noun !== null && /^(?:decline|drop|increase|decrease|rise|reduction)$/.test(noun));
      const fromTo = /\bfrom\s+(?:about\s+|nearly\s+)?$/i.test(before) ? 'from' : /\bfrom\s+[\d,.]+\s+to\s+$/i.test(before) ? 'to' : null;

      // "65,332 people …, down 24.5% from the year before": a change stated beside a count is a change of that count.
      const countBefore = figures[figures.length - 1]?.sentenceIndex === sentenceIndex && !figures[figures.length - 1]!.derived ? figures[figures.length - 1] : undefined;
      const changeOfCount = change && countBefore !== undefined && /^(?:[^.;]*,\s*)?(?:down|up)\b/i.test(text.slice(text.indexOf(countBefore.value_text), start).replace(countBefore.value_text, ''));
      let base = changeOfCount ? countBefore!.measure.replace(/^criminal /, '') : noun && /^(?:removals|deportations)$/.test(noun) ? 'removals'
        : noun === 'cases' && /pending|backlog/i.test(clause) ? 'pending cases'
        // "31 states", "409,000 families": a count of things is a count of those things.
        : noun !== null && (OTHER_NOUN.test(noun) || noun === unlisted?.[1]) && reading.unit === null ? null
        : baseMeasureNear(clause, clause.indexOf(reading.valueText)) ?? baseMeasureNear(text, start);
      const countsThings = base === null && noun !== null && (OTHER_NOUN.test(noun) || noun === unlisted?.[1]) && reading.unit === null;
      // A count that names what it counts ("11.3 million unauthorized immigrants") looks back to earlier
      // sentences only when it points there ("Of these, …", "This includes …").
      const pointsBack = /\b(?:of (?:these|those|them)|these|those|this includes|such)\b/i.test(before);
      const looksBack = !countsThings && (noun === null || !PEOPLE_NOUN.test(noun) || pointsBack || reading.unit === 'percent' || change);
      for (let back = 1; !base && looksBack && back <= 3 && sentenceIndex - back >= 0; back++) base = baseMeasureNear(article.sentences[sentenceIndex - back]!.text, Infinity);
      if (!base && (reading.unit === 'percent' || change)) base = mainBase;
      const criminal = noun && /^(?:removals|deportations)$/.test(noun)
        ? CRIMINAL.test(text.slice(start, end + (after.search(/\b(?:removals|deportations)\b/) + 1)))
        : CRIMINAL.test(clause) || (reading.unit !== 'percent' && CRIMINAL.test(after.slice(0, 60)));

      let measure: string;
      let unit = reading.unit;
      if (noun === 'chance' || /^\s*(?:percent\s+)?chance\b/.test(after)) measure = `chance of ${base === 'removals' ? 'deportation' : 'it'}`;
      else if (noun === 'vote' || /\bvote\b/.test(after.slice(0, 30))) measure = 'vote share';
      else if (unit === 'usd' && !change) measure = moneyMeasure(clause, text, base);
      else if (!base) measure = noun ? `${noun}${predicateOf(after)}` : 'count';
      else if (change) measure = `change in ${criminal ? 'criminal ' : ''}${base}`;
      else if (unit === 'percent') measure = /\bpriority\b/i.test(after.slice(0, 60)) ? `priority share of ${base}` : criminal ? `criminal share of ${base}` : `share of ${base}`;
      else measure = base === 'families separated' || base === 'pending cases' ? base : `${criminal ? 'criminal ' : ''}${base}`;

      // "1,215 who were convicted of homicide, 5,557 of sexual offenses, …": a list shares its measure.
      const previousInSentence = figures[figures.length - 1]?.sentenceIndex === sentenceIndex ? figures[figures.length - 1] : undefined;
      // "fell 5 percentage points …, to 82 percent": what a change ends at is a level, not a change.
      const listItem = previousInSentence && !previousInSentence.derived && !change && (reading.unit ?? 'people') === previousInSentence.unit && baseMeasureNear(clauseAround(text, start, end).slice(0, 80), 0) === null && !noun;
      if (listItem) measure = previousInSentence.measure;
      // "104,000 detainers in FY2014, down 37 percent from 165,000 in FY2013": what it is compared with is what it counts.
      const compared = fromTo === 'from' || /\b(?:compared (?:with|to)|versus|vs\.)\s+$/.test(beforeHedge);
      const comparedWith = compared && !change && !noun && reading.unit === null
        ? [...figures].reverse().find((figure) => figure.sentenceIndex === sentenceIndex && !figure.derived) : undefined;
      if (comparedWith) measure = comparedWith.measure;

      if (unit === null) {
        if (comparedWith) unit = comparedWith.unit;
        else if (noun && PEOPLE_NOUN.test(noun)) unit = 'people';
        else if (noun === 'dollars') unit = 'usd';
        else if (noun && OTHER_NOUN.test(noun)) unit = 'other';
        else unit = base && ENFORCEMENT.has(base) && base !== 'pending cases' ? 'people' : 'other';
      }

      const enforcement = base !== null && ENFORCEMENT.has(base) && !measure.startsWith('chance') && measure !== 'vote share';
      const asFiscal = fiscalArticle && (base === 'removals' || base === null);
      const refYear = reference?.year ?? null;
      let period: string | null = null;
      // "… as of Jan. 5, 2014", or opening the sentence: "As of Aug. 31, 2016, 521,676 cases …".
      const asOfMatch = AS_OF_AFTER.exec(after) ?? AS_OF_OPENING.exec(before);
      const asOf = asOfMatch ? `${asOfMatch[3]}-${monthNumber(asOfMatch[1]!)}-${asOfMatch[2]!.padStart(2, '0')}` : null;
      const monthWindow = change ? null : MONTH_RANGE.exec(text);
      const whenYear = change ? null : WHEN_YEAR_BEFORE.exec(before);
      // "tripled between fiscal 2003 and fiscal 2013, reaching 368,644": the window is the change's; the count ends it.
      const yearWindow = change || previousInSentence?.derived ? null : YEAR_WINDOW.exec(text);
      // A year in a sentence with several numbers belongs to the nearest number of its own clause, else the nearest:
      // in "lodged 165,000 detainers in FY14, an increase of 12 percent", FY14 is the 165,000's.
      // The gap between year and number, so that "409,849 in FY2012 to 240,255" gives FY2012 to the first.
      const distance = (mention: { start: number; end: number }, m: RegExpMatchArray) => Math.max(mention.start - (m.index! + m[0].length), m.index! - mention.end, 0);
      const sameClause = (mention: { start: number; end: number }, m: RegExpMatchArray) => !/[,;]\s/.test(text.slice(Math.min(mention.start, m.index!), Math.max(mention.start, m.index!)));
      const closer = (mention: { start: number; end: number }, m: RegExpMatchArray, other: RegExpMatchArray) =>
        sameClause(mention, m) !== sameClause(mention, other) ? sameClause(mention, m) : distance(mention, m) <= distance(mention, other);
      const explicit = sentenceYears.filter((mention) => matches.every((other) => other === match || closer(mention, match, other)));
      // On a tie, the year after the number: "to 240,255 in FY2016".
      const nearest = explicit.sort((a, b) => distance(a, match) - distance(b, match) || Number(a.start < start) - Number(b.start < start))[0];
      // "… 160,000 two years earlier", "In the same period a year earlier, agents arrested 1,400".
      const back = change ? null : /^[^.;]{0,30}?\b(a|one|two|three|four|five)\s+years?\s+(?:earlier|before|prior)\b/.exec(after)
        ?? /\b(a|one|two|three|four|five)\s+years?\s+(?:earlier|before|prior),[^,;]*$/.exec(before);
      const yearsEarlier = back ? (back[1] === 'a' ? 1 : SMALL_NUMBERS.indexOf(back[1]!)) : 0;
      const nearestBefore = sentenceYears.filter((mention) => mention.end <= start).pop();
      // "rose to 81,603, the highest since 2014" compares with 2014; it is no total since then.
      const totalSince = change || RECORD_SINCE.test(text) ? null : SINCE.exec(text);
      const span = PAST_SPAN.exec(text);
      const spanYears = !span ? 0 : span[1] ? 10 : /^\d/.test(span[2]!) ? Number(span[2]) : SMALL_NUMBERS.indexOf(span[2]!.toLowerCase());
      const sinceDigits = totalSince?.[2] ?? totalSince?.[3];
      const sinceYear = sinceDigits === undefined ? null : Number(sinceDigits.length === 2 ? `20${sinceDigits}` : sinceDigits);
      if (change) {
        const since = /\bsince\s+(?:fiscal year\s+|FY\s*)?(\d{4}|that year)/i.exec(text) ?? /\bin\s+fiscal year\s+(\d{4})/i.exec(after);
        const ago = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b/i.exec(text);
        // "The figure is down nearly 24 percent from fiscal 2016": from that year to the year of the count before it.
        // So does "down about 6 percent from 240,255 in fiscal 2016".
        const fromYear = FROM_YEAR_AFTER.exec(after);
        const range = YEAR_RANGE.exec(text);
        let from: number | null = null;
        let to: number | null = refYear;
        if (range) [from, to] = [Number(range[1]), Number(range[2])];
        else if (since) from = since[1]!.toLowerCase() === 'that year' ? lastYearBefore(article, sentenceIndex) : Number(since[1]);
        else if (fromYear) {
          const countYear = /^(?:FY)?(\d{4})$/.exec(figures[figures.length - 1]?.period ?? '')?.[1];
          [from, to] = [Number(fromYear[2]), countYear ? Number(countYear) : refYear];
        } else if (span && refYear) from = refYear - spanYears;
        else if (ago && refYear) from = refYear - (SMALL_NUMBERS.includes(ago[1]!.toLowerCase()) ? SMALL_NUMBERS.indexOf(ago[1]!.toLowerCase()) : Number(ago[1]));
        // "from 200,000 in fiscal year 2014 to 150,000 in fiscal year 2015, a decline of …": the years of its figures.
        else if (new Set(sentenceYears.map((mention) => mention.year)).size === 2) {
          [from, to] = [Math.min(...sentenceYears.map((m) => m.year)), Math.max(...sentenceYears.map((m) => m.year))];
        } else if (/\b(?:(?:the|a) year (?:before|earlier)|previous year|prior year)\b/i.test(text) && (nearest ?? nearestBefore ?? reference)) {
          // "1,247 requests in 2016, a 12% increase from the year before": the year the sentence names.
          to = (nearest ?? nearestBefore)?.year ?? refYear;
          from = to! - 1;
        } else if (refYear && RELATIVE_YEAR.test(text)) from = refYear - 1;
        const fiscal = asFiscal || Boolean(fromYear?.[1]);
        if (from !== null && to !== null) period = `${periodText(from, fiscal)}->${periodText(to, fiscal)}`;
      } else if (monthWindow) {
        period = `${monthWindow[2]}-${monthNumber(monthWindow[1]!)}..${monthWindow[4]}-${monthNumber(monthWindow[3]!)}`;
      } else if (whenYear) {
        // "from fiscal 2016, when agents made 408,870 apprehensions": the year the clause is about.
        period = periodText(Number(whenYear[3]), Boolean(whenYear[2]) || asFiscal);
      } else if (yearWindow) {
        const [first, last] = [Number(yearWindow[2]), Number(yearWindow[3])];
        period = yearWindow[1] || asFiscal ? `${first - 1}-10..${last}-09` : `${first}-01..${last}-12`;
      } else if (nearest && nearest.start >= end && nearest.start - end <= 12) {
        // "from 262 in 2010": a year right after the number is its own.
        period = periodText(nearest.year, nearest.fiscal || asFiscal);
      } else if (yearsEarlier && (nearestBefore ?? reference)) {
        // "compared with more than 160,000 two years earlier": years back from the year the sentence (or article) is about.
        const from = nearestBefore ?? reference!;
        period = periodText(from.year - yearsEarlier, from.fiscal || asFiscal);
      } else if (fromTo && refYear) {
        const range = YEAR_RANGE.exec(text);
        // "removed 102,224 in fiscal year 2014, down from 133,551": the figure it is compared with sets the kind of year.
        const likeCompared = listItem === true && previousInSentence?.period?.startsWith('FY') === true;
        period = periodText(fromTo === 'from' ? (range ? Number(range[1]) : refYear - 1) : range ? Number(range[2]) : refYear, asFiscal || likeCompared);
      } else if (asOf) {
        period = asOf;
      } else if (totalSince && (sinceYear === null ? !nearest : nearest?.year === sinceYear)) {
        // A total since a year runs from it ("since its launch in 2008": 2008..); since an event with no year, it has no period of ours.
        period = sinceYear === null ? null : totalSince[1] ? `${sinceYear - 1}-10..` : `${sinceYear}..`;
      } else if (span && refYear && !listItem) {
        // "Over the past decade, … more than 3.7 million": the years up to the one the article is about.
        const from = refYear - spanYears + 1;
        period = asFiscal ? `${from - 1}-10..${refYear}-09` : `${from}-01..${refYear}-12`;
      } else if (listItem && previousInSentence) {
        period = previousInSentence.period;
      } else if (nearest && !SINCE_BEFORE.test(text.slice(0, nearest.start))) {
        period = periodText(nearest.year, nearest.fiscal || asFiscal);
      } else if (/\bthat year\b/i.test(text)) {
        const year = lastYearBefore(article, sentenceIndex);
        if (year !== null) period = periodText(year, asFiscal);
      } else if (RELATIVE_YEAR.test(text) && refYear && enforcement) {
        period = periodText(refYear, reference?.fiscal ?? false);
      } else if (enforcement) {
        const previous = [...figures].reverse().find((figure) => !figure.derived && !figure.comparedFrom && figure.period && sentence.paragraph - article.sentences[figure.sentenceIndex]!.paragraph <= 3);
        // A lede without a year, then "… released the immigrants sometime in 2013": a year just ahead, but not where a span starts ("since 2011").
        const ahead = article.sentences.slice(sentenceIndex + 1, sentenceIndex + 3)
          .flatMap((next) => yearMentions(next.text).filter((mention) => !SINCE_BEFORE.test(next.text.slice(0, mention.start))))[0];
        if (previous) period = previous.period;
        else if (ahead) period = periodText(ahead.year, ahead.fiscal || asFiscal);
        else if (refYear) period = periodText(refYear, reference?.fiscal ?? false);
      }

      const regional = /\b(?:in|covers|of) the (?:sector|region|district|field office|area)\b[^.;]*?(?=,\s+(?:about|nearly|more|less)?\s*\d|$)/i.exec(text);
      // "arrests in New England climbed …, to 1,932", "Texas jails honored 82 percent": a count of that place, not the nation's.
      const local = NATIONAL.test(text) ? null : LOCAL_PLACE.exec(text);
      const place = local ? (local[1] ?? local[2])!.trim() : null;
      const scope = comparedWith ? comparedWith.scope : regional ? regional[0].replace(/^(?:in|covers|of) /i, '') : place ?? (enforcement ? 'nationwide' : null);

      figures.push({
        value: reading.value,
        value_text: reading.valueText,
        approximate: qualifier !== null,
        qualifier,
        unit,
        measure,
        period,
        scope,
        derived: change,
        comparedFrom: fromTo === 'from' || yearsEarlier > 0 || Boolean(whenYear?.[1]),
        sentence: text,
        start: sentence.start + start,
        end: sentence.start + end,
        sentenceIndex,
      });
    }
  });
  return figures;
}
