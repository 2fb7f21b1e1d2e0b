import type { ArticleText, Paragraph, Sentence } from './ArticleText.js';
import { ABBREVIATION } from './abbreviation.js';
import { HIGHLIGHTS_HEADING, markBoilerplate } from './markBoilerplate.js';

const OPENING_BYLINE = /^[*_\s]*By\s+\p{Lu}/u;

const ABBREVIATED = new RegExp(`${ABBREVIATION}\\.$`);
const SENTENCE_END = /[.!?]+["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;

// "WASHINGTON (AP) — ", "Washington CNN — ": where and by whom, not part of the first sentence.
const DATELINE = /^[A-Z][A-Za-z.]*(?:[ ,]+[A-Z][A-Za-z.]*)*\s*(?:\(?[A-Z][A-Za-z.]+\)?)?\s+[—–-]{1,2}\s+/;

function splitSentences(paragraph: Paragraph, index: number): Sentence[] {
  const sentences: Sentence[] = [];
  const dateline = DATELINE.exec(paragraph.text);
  let start = paragraph.start + (dateline && dateline[0].length < 60 ? dateline[0].length : 0);
  const text = paragraph.text;
  for (const match of text.matchAll(SENTENCE_END)) {
    const endInParagraph = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start - paragraph.start, endInParagraph);
    if (ABBREVIATED.test(candidate.replace(/["”’)]+$/, ''))) continue;
    sentences.push({ start, end: paragraph.start + endInParagraph, text: candidate, paragraph: index });
    start = paragraph.start + match.index + match[0].length;
  }
  const rest = text.slice(start - paragraph.start).trimEnd();
  if (rest.length > 0) sentences.push({ start, end: start + rest.length, text: rest, paragraph: index });
  return sentences;
}

/** Cuts the text into paragraphs (one per line) and sentences, keeping offsets exact. */
export function segmentText(text: string): ArticleText {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    paragraphs.push({ start: match.index + lead, end: match.index + lead + body.length, text: body, boilerplate: false });
  }
  const first = paragraphs[0];
  // A text that opens with its highlights, or with its byline ("By Hannah Cole"), has no headline line.
  const headline = first && paragraphs.length > 1 && !/[.!?:"”’]$/.test(first.text) && first.text.length <= 200 && !HIGHLIGHTS_HEADING.test(first.text) && !OPENING_BYLINE.test(first.text) ? first : null;
  const body = headline ? paragraphs.slice(1) : paragraphs;
  markBoilerplate(body);
  const sentences = paragraphs.flatMap((paragraph, index) => (paragraph === headline || paragraph.boilerplate ? [] : splitSentences(paragraph, index)));
  return { text, headline, paragraphs, sentences };
}
