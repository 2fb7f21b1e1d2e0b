import type { SourceArticle } from '../read/SourceArticle.js';
import type { EntityKnowledge } from './EntityKnowledge.js';
import type { Extraction, ExtractedFigure, ExtractedQuote } from './Extraction.js';
import type { FoundEntity } from './FoundEntity.js';
import { findEntities } from './findEntities.js';
import { findFigures } from './findFigures.js';
import { findQuotes } from './findQuotes.js';
import { findRoles } from './findRoles.js';
import { segmentText } from './segmentText.js';
import { SpeakerResolver } from './SpeakerResolver.js';

const BYLINE = /^(?:By\s+)?([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s+is\s+(?:a\s+|the\s+)?(?:[A-Z][\w-]*\s+)*(?:Reporter|Writer|Correspondent|Editor|Contributor)\b/m;
// A byline line near the top: "By Marcus Lee, Staff Writer", "*By Tom Whitaker | County Ledger | March 3, 2017*".
const AUTHORS = String.raw`(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3})(?:\s+and\s+(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3}))?`;
/** A byline name that is a person's: two to four capitalised words, none a newsroom's ("The Associated Press"). */
const AUTHOR_NAME = /^(?!.*\b(?:The|Press|News|Times|Post|Reuters|Service|Wire|Network|Desk|Agency)\b)\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u;
const BYLINE_LINE = new RegExp(String.raw`^[*_\s]*By\s+${AUTHORS}\s*(?:[,|—–-].*)?$`, 'mu');
// Wire credits and blog posts: "(Reporting by Yasaman Tehrani; Editing by Mary Kilbride)", "Posted by Ingrid Solvang, Cato Institute".
const CREDIT_LINE = new RegExp(String.raw`(?:\(Reporting by|^Posted by)\s+${AUTHORS}`, 'mu');
const PUBLISHER_PATTERNS = [
  /\b(?:Reporter|Writer|Correspondent|Editor)\s+(?:for|at)\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)/,
  /^([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)’s\s+[A-Z][\w-]+\s+[A-Z][\w-]+\s+contributed to this report/m,
  /\breceive emails from\s+([A-Z][\w.]+)/,
  /^[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?\s+\(?([A-Z]{2,})\)?\s+[—–-]/m,
  // A dateline: "WASHINGTON (Reuters) -".
  /^[A-Z][A-Za-z]+(?:[ ,]+[A-Z][A-Za-z.]+)*\s+\((Reuters|AFP|Bloomberg|AP)\)\s+[—–-]/m,
];
// Figures a quote refers to without restating them: "these numbers", "the year-end totals".
const REFERS_TO_FIGURES = /\b(?:these|those|the|year-end|record|deportation)\s+(?:numbers|figures|totals|statistics|record|drop|decline)\b|\b(?:these|(?:FY|fiscal year)\s*\d{2,4})\s+(?:releases|removals|deportations)\b|\brecord(?:\s+high|\s+number)\b|\bnumber of (?:individuals removed|people (?:removed|deported)|removals|deportations)\b/i;

/**
 * Extracts who said what about which figure from one article, offline: entities by alias list and
 * name rules, figures by number patterns, quotes by quote marks and reporting verbs.
 */
export function extractArticle(source: SourceArticle, knowledge: EntityKnowledge): Extraction {
  const article = segmentText(source.text);
  const { entities, mentions } = findEntities(article, knowledge);
  findRoles(article, mentions);
  const found = findFigures(article);
  const quotes = findQuotes(article, new SpeakerResolver(source.text, mentions));

  const figures: ExtractedFigure[] = found.map((figure, index) => {
    const { sentenceIndex: _sentenceIndex, comparedFrom: _comparedFrom, ...rest } = figure;
    const inQuote = quotes.find((quote) => quote.start <= figure.start && figure.end <= quote.end);
    return { ...rest, id: `f${index + 1}`, source: inQuote?.speaker.name ?? null };
  });
  const leadFigure = figures.find((figure) => !figure.derived && figure.unit === 'people');
  // The lead figure and its restatements ("nearly 400,000" and "396,906"): what "these numbers" are.
  const baseOf = (measure: string) => measure.replace(/^criminal /, '');
  const restates = (figure: ExtractedFigure, lead: ExtractedFigure) => !figure.derived && baseOf(figure.measure) === baseOf(lead.measure) && figure.period === lead.period
    && figure.unit === lead.unit && figure.scope === lead.scope && Math.abs(figure.value - lead.value) <= 0.1 * Math.abs(lead.value);
  const leadGroup = leadFigure ? figures.filter((figure) => restates(figure, leadFigure)).map((figure) => figure.id) : [];
  const extractedQuotes: ExtractedQuote[] = quotes.map((quote, index) => {
    const inside = figures.filter((figure) => quote.start <= figure.start && figure.end <= quote.end).map((figure) => figure.id);
    const about = inside.length === 0 && REFERS_TO_FIGURES.test(quote.text) ? leadGroup : inside;
    return { id: `q${index + 1}`, speaker: quote.speaker.name, text: quote.text, direct: quote.direct, verb: quote.verb, about_figures: about, start: quote.start, end: quote.end };
  });

  const named = (type: FoundEntity['type']) => entities.filter((entity) => entity.type === type);
  // The alias list knows that ICE is part of DHS; the article states it only if it names DHS too.
  const inArticle = (name: string | null) => (name !== null && entities.some((entity) => entity.name === name) ? name : null);
  const bylineLine = BYLINE_LINE.exec(source.text.slice(0, 600)) ?? CREDIT_LINE.exec(source.text);
  const firstLine = article.headline?.text ?? article.sentences.find((sentence) => !bylineLine?.[0].includes(sentence.text))?.text ?? source.text.trim().slice(0, 200);
  const stated = bylineLine ? [bylineLine[1], bylineLine[2]] : [BYLINE.exec(source.text)?.[1]];
  const byline = source.byline.length ? source.byline : stated.filter((name): name is string => Boolean(name));
  const publisher = source.publisher ?? PUBLISHER_PATTERNS.map((pattern) => pattern.exec(source.text)?.[1]).find(Boolean) ?? null;
  const cited = new Set<string>();
  for (const quote of extractedQuotes) {
    const speaker = entities.find((entity) => entity.name === quote.speaker);
    if (speaker?.type === 'organization' && (quote.verb === 'according to' || quote.verb === 'reported') && quote.about_figures.length) cited.add(speaker.name);
  }
  return {
    article: {
      title: source.title ?? firstLine.slice(0, 300),
      title_inferred: source.title === null && article.headline === null,
      publisher,
      url: source.url,
      published_on: source.publishedOn,
      byline,
      sources_cited: [...cited],
    },
    people: [
      ...named('person').map((person) => ({ name: person.name, aliases: [...person.aliases], roles: person.roles })),
      // An author the text does not name (an HTML byline is not part of it) is a person of the article all the same.
      ...byline.filter((name) => AUTHOR_NAME.test(name) && !entities.some((entity) => entity.name === name)).map((name) => ({ name, aliases: [], roles: [] })),
    ],
    organizations: named('organization').map((org) => ({ name: org.name, aliases: [...org.aliases], kind: org.kind, part_of: inArticle(org.partOf) })),
    programs: named('program').map((program) => ({ name: program.name, aliases: [...program.aliases], run_by: inArticle(program.runBy) })),
    figures,
    quotes: extractedQuotes,
  };
}
