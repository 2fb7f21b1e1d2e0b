import { ABBREVIATION } from './abbreviation.js';
import type { ArticleText, Sentence, Span } from './ArticleText.js';
import type { FoundEntity } from './FoundEntity.js';
import type { SpeakerResolver } from './SpeakerResolver.js';
import { ROLE_LEAD } from './findRoles.js';
import { WEEKDAY } from './weekday.js';

export interface FoundQuote extends Span {
  speaker: FoundEntity;
  text: string;
  direct: boolean;
  verb: string | null;
}

const VERB = String.raw`(?:said|says|say|told|tells|added|adds|announced|announces|reported|reports|stated|states|noted|notes|explained|explains|argued|argues|claimed|claims|insisted|insists|warned|warns|acknowledged|admitted|wrote|writes|testified|declared|asserted|contended|maintained|predicted|estimated|estimates|promised|pledged|vowed|bragged|boasted|complained|conceded|confirmed|denied|suggested|attributed|accused|cautioned|emphasized|stressed|revealed|disclosed|criticized|countered|responded|replied|framed|gave (?:advance )?notice|found|finds|concluded|concludes|released a statement saying|have said|has said|had said|has written|have written|had written|affirmed|indicated|recounted|recalled|observed|remarked|lamented)`;
// Adverbials between a verb and the end of its clause: "said in a statement obtained by the NY Post".
const TAIL = String.raw`(?:\s+(?:in|on|at(?!\s+(?:least|most)\b)|during|last|this|earlier|later|to|by|through|via|${WEEKDAY}|yesterday|today)\b[^.;“”"]*)?`;
// "said Monday the …": a time after the verb, then a new subject.
const TIME_THEN_THE = new RegExp(String.raw`^\s+(?:on\s+)?(?:${WEEKDAY}|today|yesterday)\s+the\s`);
// "said on Wednesday that …", "said Monday …": the time (and a "that") before what was said.
const TIME_BEFORE_COMPLEMENT = new RegExp(String.raw`^\s*(?:(?:in|on|at(?!\s+(?:least|most)\b)|last|earlier)\s+[\w.]+(?:\s+(?!(?:the|a|an|its|his|her|their|it|they|he|she|we)\b)\w+)?\s+|(?:${WEEKDAY}|today|yesterday|afterward|afterwards|later|again|repeatedly|previously)\s+)?(?:that\s+)?`);
const SUBJECT_WORDS = String.raw`(?:[\p{L}.’'-]+,?\s+)`;
// Whom a speaker told: "told reporters", "told The Associated Press".
const LISTENER = String.raw`(?:(?<=told|tells)\s+(?:[Tt]he\s+)?[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?`;
const ATTRIBUTION_AFTER = new RegExp(String.raw`^\s*[,;:—–-]?\s*(?:(${SUBJECT_WORDS}{1,8}?)(${VERB})${LISTENER}${TAIL}|(${VERB})\s+((?:[^.“”"]|\.(?<=${ABBREVIATION}\.)){2,160}?))\s*(?:[.](?<!${ABBREVIATION}\.)|[,;:]|$|(?=\s*[“"]))`, 'u');
const ATTRIBUTION_BEFORE = new RegExp(String.raw`(?:^|[.;]\s+|,\s+)((?:[\p{L}.’'-]+\s+){0,8}?)(${VERB})${LISTENER}(?:\s+(?:in|on|at)\s+[^:,.“"]{1,60})?\s*[:,]?\s*$`, 'u');
const CLOSING_ATTRIBUTION = new RegExp(String.raw`,\s+((?:[\p{L}.’'-]+\s+){0,6}?)(${VERB})${TAIL}\s*[.]?$`, 'u');
const INNER_SPEAKER = new RegExp(String.raw`^((?:[\p{L}.’'-]+\s+){1,4}?)(?:also\s+)?(${VERB})\b`, 'u');
// Between the two parts of a quotation split by its attribution: "…," X said, "…".
const SPLIT_BY_ATTRIBUTION = new RegExp(String.raw`^[^.!?;“”"]{1,80}\b${VERB}\b[^.!?;“”"]{0,40},\s*$`, 'u');
const ONLY_TAIL = new RegExp(String.raw`^${TAIL}\s*[.]?["”]?$`);
const NEXT_SPEAKER_CLAUSE = new RegExp(String.raw`,\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:${VERB})\b`);
const FINITE_VERB_AFTER = new RegExp(String.raw`^\s+[^,]*\b(?:had|has|have|was|were|is|are|will|would)\b`);
const VERB_ANYWHERE = new RegExp(String.raw`\b(${VERB})\b`, 'g');
const LISTENER_NAMED = /^\s+(?:\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,3}|reporters|lawmakers|senators|legislators|members of Congress|the (?:panel|committee|audience|crowd|board|council|newspaper|station)|him|her|them|us|me)\s+/u;
// Verbs of saying that also take a plain object ("announced its statistics", "reports for fiscal years"):
// with one, nothing was said.
const OBJECT_VERB = /^(?:maintained|announced|announces|reported|reports|noted|notes|found|finds|concluded|concludes|estimated|estimates)$/;
// A clause rather than an object: it opens with a subject pronoun, or has a finite verb soon.
const CLAUSE_START = /^(?:(?:it|they|he|she|we|I|there|this|these|those)\b|(?:\S+\s+){0,7}?(?:is|are|was|were|had|has|have|will|would|could|should|can|may|might|did|does)\b)/;
const SHORT_ATTRIBUTION = /^\s*(?:(?:said|says|asked|added)\s+\p{Lu}|(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:said|says|asked|added)\b|(?:he|she|they)\s+(?:said|says|asked|added)\b)/u;
const QUOTATION_THEN_SUBJECT = /[,.!?]["”]\s+(?:[^\s”"“]+\s+){1,12}$/;
const ACCORDING_BEFORE = /\baccording to\s+([^,“"]{2,80}?)\s*(?:,\s*(?:however,\s*)?)?$/i;
const UNNAMED_SUBJECT = /^(?:critics?|advocates?|opponents|supporters|experts|analysts|officials|authorities|lawmakers|sources|people|many|some|others)\b/i;

interface QuoteMark {
  open: number;
  close: number;
}

/** Pairs quote marks in a paragraph, curly or straight; a quote still open at the paragraph's end closes there. */
function pairQuoteMarks(text: string, offset: number): QuoteMark[] {
  const spans: QuoteMark[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '“' && ch !== '”' && ch !== '"') continue;
    const opening = ch === '“' || (ch === '"' && open === null);
    if (opening && open === null) open = i;
    else if (!opening || (ch === '"' && open !== null)) {
      if (open !== null) spans.push({ open: offset + open, close: offset + i });
      open = null;
    }
  }
  if (open !== null) spans.push({ open: offset + open, close: offset + text.length });
  return spans;
}

const wordCount = (text: string) => (text.match(/[\p{L}\d’']+/gu) ?? []).length;
const cleanQuoteText = (text: string) => text.trim().replace(/[,;:]$/, '').trim();
// "that" opening the words said is a conjunction; "That number dropped …" keeps its determiner.
const cleanReported = (text: string) => text.trim().replace(/^(?:that|how|whether)\s+/, '').replace(/[.,;:]+["”]?$/, '').trim();

const ADVERBIAL_TAIL = /(?:\s+(?:also|later|then|quickly|repeatedly|again|has|have|had|last week|last month|on \w+day|\w+day|more than a \w+ ago|(?:in|on) \w+))+\s*$/i;

/**
 * The speaker whose clause ends where a reporting verb starts: "Jessica Vaughan, director of …, said",
 * "She also said", "The ICE announcement said". Tries the shortest phrase before the verb first.
 */
function subjectBefore(sentenceStart: number, verbStart: number, speakers: SpeakerResolver): FoundEntity | null {
  const text = speakers.text;
  const head = text.slice(sentenceStart, verbStart).replace(/\s+$/, '').replace(ADVERBIAL_TAIL, '');
  // An appositive between the subject and its verb: "X, the director of Y," names X; "Its president, X," names X.
  const appositive = head.endsWith(',') ? /,([^,]{2,160}),$/.exec(head) : null;
  const outer = appositive ? head.slice(0, appositive.index) : head;
  const fromEnd = (phraseEnd: number, from: number): FoundEntity | null => {
    const words = [...text.slice(from, phraseEnd).matchAll(/\S+/g)];
    for (let count = 1; count <= Math.min(6, words.length); count++) {
      const first = words[words.length - count]!;
      if (/[,;:]$/.test(first[0]) && count > 1) break;
      // "Okafor's office" is Okafor's: never stop right after a possessive.
      if (count < words.length && /['’]s$/.test(words[words.length - count - 1]![0])) continue;
      const start = from + first.index;
      const phrase = text.slice(start, phraseEnd);
      // "officials" alone names nobody, "the officials" may: keep widening the phrase.
      if (UNNAMED_SUBJECT.test(phrase) && !/^(?:the|immigration|federal)\b/i.test(phrase)) {
        if (count === words.length) return null;
        continue;
      }
      const speaker = speakers.resolve(start, phraseEnd);
      if (speaker) return speaker;
    }
    return null;
  };
  // "Chris Crane, president of the National ICE Council, the union …, said": the person the sentence opens with.
  const opening = /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)(?:,|\s+of\s)/u.exec(head);
  const opener = opening ? speakers.resolve(sentenceStart + opening[0].indexOf(opening[1]!), sentenceStart + opening[0].indexOf(opening[1]!) + opening[1]!.length) : null;
  if (opener?.type === 'person' && (appositive || /\s+of\s/.test(opening![0]))) return opener;
  const named = fromEnd(sentenceStart + outer.length, sentenceStart);
  // "Critics, including the X," said it as a group: X is not the speaker.
  if (!appositive || /^\s*(?:including|such as|among them)\b/i.test(appositive[1]!)) return named;
  // "A spokeswoman for ICE, Yasmeen Pitts O'Keefe," names the person in the appositive.
  if (named && !ROLE_LEAD.test(outer.slice(outer.search(/\S/)))) return named;
  const innerStart = sentenceStart + appositive.index + 1;
  const inner = fromEnd(innerStart + appositive[1]!.length, innerStart);
  return inner?.type === 'person' || !named ? inner : named;
}

/**
 * Finds who said what: quotations in quote marks with their attribution ("…," X said; X said:
 * "…"; according to X, "…"), a quotation split by its attribution kept as one, and reported speech
 * (X said that …; …, X said; according to X, …), each with a speaker resolved to a named entity.
 */
export function findQuotes(article: ArticleText, speakers: SpeakerResolver): FoundQuote[] {
  const text = article.text;
  const quotes: FoundQuote[] = [];
  const quoteSpans: Span[] = [];

  const sentenceAt = (position: number): Sentence | undefined => article.sentences.find((s) => s.start <= position && position < s.end);

  // segmentsText: the segments so far, each with its own closing comma, as a split quotation is joined.
  type OpenQuote = FoundQuote & { segmentsText: string };
  // A quotation left open at the end of its paragraph goes on in the next one that opens a quote mark.
  let runsOn: OpenQuote | null = null;
  for (const paragraph of article.paragraphs) {
    if (paragraph.boilerplate || paragraph === article.headline) continue;
    let previous: OpenQuote | null = null;
    const marks = pairQuoteMarks(paragraph.text, paragraph.start);
    const carried: OpenQuote | null = runsOn;
    runsOn = null;
    for (const mark of marks) {
      const inner = text.slice(mark.open + 1, mark.close);
      // Scare quotes and short terms ("sanctuary cities") are not quotations of their own; a short
      // sentence closed by its attribution is: '"Absolutely not," Thomas Okonkwo said.'
      const attributedShort = /[,.!?]$/.test(inner.trim()) && SHORT_ATTRIBUTION.test(text.slice(mark.close + 1, mark.close + 60));
      if (wordCount(inner) < (attributedShort ? 1 : 4)) continue;
      quoteSpans.push({ start: mark.open, end: mark.close + 1 });
      const afterText = text.slice(mark.close + 1, paragraph.end);
      const sentence = sentenceAt(mark.open);
      const sentenceStart = sentence ? Math.max(paragraph.start, sentence.start) : paragraph.start;
      const beforeText = text.slice(sentenceStart, mark.open);
      let speaker: FoundEntity | null = null;
      let verb: string | null = null;
      const according = ACCORDING_BEFORE.exec(beforeText);
      const after = ATTRIBUTION_AFTER.exec(afterText);
      const before = ATTRIBUTION_BEFORE.exec(beforeText);
      if (according) {
        const start = mark.open - according[0].length + according[0].indexOf(according[1]!);
        speaker = speakers.resolve(start, start + according[1]!.length);
        verb = 'according to';
      }
      if (!speaker && after) {
        const base = mark.close + 1 + after.index;
        const phrase = after[1] ?? after[4] ?? '';
        const start = base + after[0].indexOf(phrase);
        speaker = UNNAMED_SUBJECT.test(phrase.trim()) ? null : speakers.resolve(start, start + phrase.length);
        verb = after[2] ?? after[3] ?? null;
      }
      if (!speaker && before) {
        const phraseStart = mark.open - before[0].length + before[0].indexOf(before[1]!);
        speaker = speakers.resolve(sentenceStart, phraseStart + before[1]!.length);
        verb = before[2] ?? null;
      }
      if (!speaker) {
        // A fragment quoted inside a sentence: its attribution closes the sentence ("…, the agency said.").
        const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : '';
        const closing = CLOSING_ATTRIBUTION.exec(sentenceText);
        // …or its verb comes before it: "Its president, Andrew Selee, says the numbers "…"".
        const verbsBefore = [...beforeText.matchAll(VERB_ANYWHERE)];
        const lastVerb = verbsBefore[verbsBefore.length - 1];
        if (closing && sentence) {
          const start = sentence.start + closing.index + closing[0].indexOf(closing[1]!);
          speaker = speakers.resolve(start, start + closing[1]!.length);
          verb = closing[2] ?? null;
        } else if (lastVerb) {
          speaker = subjectBefore(sentenceStart, sentenceStart + lastVerb.index, speakers);
          verb = lastVerb[0];
        }
      }
      // "A," she said. "B." is one quotation; so is one that runs on from the paragraph before.
      const continues: OpenQuote | null = previous ?? (mark === marks[0] && mark.open === paragraph.start ? carried : null);
      // "A," X said, "b." is one quotation too: the sentence goes on after its attribution.
      const splitByAttribution = speaker !== null && previous !== null && speaker === previous.speaker && SPLIT_BY_ATTRIBUTION.test(text.slice(previous.end, mark.open));
      if ((!speaker && continues && (continues !== previous || mark.open - continues.end < 200)) || (splitByAttribution && continues)) {
        continues.text = `${continues.segmentsText} ${cleanQuoteText(inner)}`;
        continues.segmentsText = `${continues.segmentsText} ${inner.trim()}`;
        continues.end = mark.close + 1;
        if (mark.close === paragraph.end) runsOn = continues;
        continue;
      }
      if (!speaker) continue;
      const quote = { speaker, text: cleanQuoteText(inner), segmentsText: inner.trim(), direct: true, verb, start: mark.open, end: Math.min(mark.close + 1, text.length) };
      quotes.push(quote);
      previous = quote;
      if (mark.close === paragraph.end) runsOn = quote;
    }
  }

  const insideQuote = (start: number, end: number) => quoteSpans.some((span) => span.start < end && start < span.end);
  const reported: FoundQuote[] = [];
  for (const sentence of article.sentences) {
    const s = sentence.text;
    const at = (i: number) => sentence.start + i;
    const add = (speaker: FoundEntity | null, verb: string, from: number, to: number) => {
      if (!speaker) return;
      const raw = s.slice(from, to);
      const content = cleanReported(raw);
      if (wordCount(content) < 4) return;
      const startInSentence = from + raw.indexOf(content.slice(0, 10));
      const quoteSpansInside = quoteSpans.filter((span) => span.start >= at(from) && span.end <= at(to) + 1);
      // Reported speech that is mostly a quotation already found is that quotation.
      const quotedWords = quoteSpansInside.reduce((sum, span) => sum + wordCount(text.slice(span.start, span.end)), 0);
      if (quotedWords > wordCount(content) / 2) return;
      reported.push({ speaker, text: content, direct: false, verb, start: at(startInSentence), end: at(startInSentence + content.length) });
    };

    // "According to X, …" and "…, according to X."
    const accordingLead = /^(?:But\s+|However,\s+|And\s+)?according to\s+([^,]{2,100}?),\s+(?:however,\s+)?/i.exec(s);
    const accordingTrail = /,\s+according to\s+(.{2,120}?)(?:,\s+which\b.*)?\.?$/i.exec(s);
    let handled = false;
    for (const match of s.matchAll(VERB_ANYWHERE)) {
      const verbStart = match.index;
      const verbEnd = verbStart + match[0].length;
      if (insideQuote(at(verbStart), at(verbEnd))) continue;
      const beforeVerb = s.slice(0, verbStart);
      const afterVerb = s.slice(verbEnd);
      // Trailing: "…, the agency said (in a news release)." or "…, said Gregory Palmore of …."
      // Up to ten words: "…, a 2011 study by the Chief Justice Earl Warren Institute found."
      const trailing = /,\s+((?:[\w.’'-]+\s+){0,10}?)$/.exec(beforeVerb);
      // "said on Wednesday that …", "announced Tuesday it would …": a clause follows the time, so the verb does not end the sentence.
      const clauseAfterTime = /^\s+(?:(?:in|on|at|during|last|this|earlier|before|to)\b[^.;“”"]{0,60}?|\w+)\s+(?:that|it|they|he|she|we|there)\s/.test(afterVerb)
        || TIME_THEN_THE.test(afterVerb);
      const tailEnds = ONLY_TAIL.test(afterVerb) && !clauseAfterTime;
      // Inverted: "…, said Gregory Palmore of the agency’s Houston office." The words after the verb are only the speaker.
      const inverted = verbStart > 2 && /,\s+$/.test(beforeVerb) && /^\s+(?:(?:agency|department)\s+)?[A-Z][^,.]*(?:,[^.]+)?\.?["”]?$/.test(afterVerb) && !FINITE_VERB_AFTER.test(afterVerb);
      if (trailing && tailEnds && !insideQuote(at(0), at(trailing.index))) {
        // "However, according to a report from X of …, Fox News reported": the report is the source.
        if (accordingLead && speakers.resolve(at(s.indexOf(accordingLead[1]!)), at(s.indexOf(accordingLead[1]!) + accordingLead[1]!.length))) {
          const content = s.slice(accordingLead[0].length, trailing.index);
          const phraseStart = s.indexOf(accordingLead[1]!);
          add(speakers.resolve(at(phraseStart), at(phraseStart + accordingLead[1]!.length)), 'according to', accordingLead[0].length, accordingLead[0].length + content.length);
          handled = true;
          break;
        }
        const subjectStart = trailing.index + trailing[0].indexOf(trailing[1]!);
        const subject = trailing[1]!.trim();
        if (UNNAMED_SUBJECT.test(subject)) continue;
        // "ICE also accused the center …, FoxNews reported": the inner speaker comes first.
        const inner = INNER_SPEAKER.exec(s);
        if (inner && speakers.resolve(at(0), at(inner[1]!.length))) continue;
        add(speakers.resolve(at(subjectStart), at(subjectStart + subject.length)), match[0], accordingLead ? accordingLead[0].length : 0, trailing.index);
        handled = true;
        continue;
      }
      if (inverted) {
        const subjectText = afterVerb.replace(/\.$/, '');
        add(speakers.resolve(at(verbEnd), at(verbEnd + subjectText.length)), match[0], 0, beforeVerb.replace(/,\s+$/, '').length);
        handled = true;
        continue;
      }
      // Parenthetical: "…, immigration officials said, …" or "Backed up …, she said, ICE used …".
      const parenthetical = /,\s+((?:[\w.’'-]+\s+){0,4}?)$/.exec(beforeVerb);
      if (parenthetical && /^\s*,/.test(afterVerb)) {
        const subject = parenthetical[1]!.trim();
        const subjectStart = parenthetical.index + parenthetical[0].indexOf(parenthetical[1]!);
        if (UNNAMED_SUBJECT.test(subject) && !/^(?:the|immigration|federal)\b/i.test(subject)) continue;
        const speaker = speakers.resolve(at(subjectStart), at(subjectStart + subject.length));
        if (speaker) {
          const first = s.slice(0, parenthetical.index);
          const rest = afterVerb.replace(/^\s*,\s*/, '');
          // "The agency, she said, was bound …" closes up; "In 2013, she said, the agency …" keeps its comma.
          const continuesClause = /^(?!(?:the|a|an|it|he|she|they|we|i|this|that|these|those|there|its|his|her|their|our|and|but|or|while|which|who)\b)[a-z]/.test(rest);
          const content = cleanReported(`${first}${continuesClause ? '' : ','} ${rest}`);
          if (wordCount(content) >= 4) reported.push({ speaker, text: content, direct: false, verb: match[0], start: sentence.start, end: sentence.end });
          handled = true;
        }
        continue;
      }
      // Leading: "X (, appositive,) (also) said (that) …". A quotation's attribution says nothing more
      // ('"…," Penzone told reporters at a news conference.') unless a that-clause follows.
      const attributesQuotation = QUOTATION_THEN_SUBJECT.test(beforeVerb) && !/^\s+(?:[\w.’'-]+\s+){0,6}?that\b/.test(afterVerb);
      if (tailEnds || /(?:[,.!?]["”]|["”],)\s*$/.test(beforeVerb) || /[”"]\s*$/.test(beforeVerb.replace(/,?\s*(?:\S+\s+){0,6}$/, '')) || attributesQuotation) continue;
      const speaker = subjectBefore(sentence.start, sentence.start + verbStart, speakers);
      if (!speaker) continue;
      let complementStart = verbEnd;
      // "told Reuters on Monday that …": the listener and the time are not what was said.
      // …and neither is "told KXVN" or "told reporters" before the words said without a "that".
      const listener = /^(?:told|tells)$/.test(match[0])
        ? /^\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,4}?(?=(?:on|in|last|that)\b)/.exec(afterVerb) ?? LISTENER_NAMED.exec(afterVerb)
        : null;
      if (listener) complementStart += listener[0].length;
      // "testified before the Senate Judiciary Committee on Tuesday that …": where and when are not what was said.
      const setting = /^\s+(?:before|to|in|at|during)\s[^,.;“”"]{2,80}?\s+that\s+/.exec(s.slice(complementStart))
        ?? TIME_BEFORE_COMPLEMENT.exec(s.slice(complementStart));
      if (setting) complementStart += setting[0].length;
      // The complement ends where another speaker's clause begins ("…, Obama promised …").
      const rest = s.slice(complementStart);
      const nextClause = NEXT_SPEAKER_CLAUSE.exec(rest);
      const accordingTail = /,\s+according to\s+.*$/i.exec(rest);
      const complementEnd = complementStart + Math.min(nextClause?.index ?? rest.length, accordingTail?.index ?? rest.length);
      // "ICE announced its year-end statistics", "maintained an average daily population of …": an object, not words said.
      const thatClause = /\bthat\s+$/.test(s.slice(verbEnd, complementStart));
      if (OBJECT_VERB.test(match[0]) && !thatClause && !CLAUSE_START.test(s.slice(complementStart, complementEnd))) continue;
      add(speaker, match[0], complementStart, complementEnd);
      handled = true;
    }
    // "X reacted to the announcement by again criticizing Y": the criticism is what X said.
    const reaction = /^(.{2,100}?)\s+(?:reacted|responded)\b[^.]*?\bby\s+(?:again\s+)?((?:criticiz|condemn|prais|question|attack|blast|slam|denounc)\w*\s.*?)\.?$/.exec(s);
    if (!handled && reaction) {
      add(speakers.resolve(at(0), at(reaction[1]!.length)), 'reacted', s.indexOf(reaction[2]!), s.indexOf(reaction[2]!) + reaction[2]!.length);
      handled = true;
    }
    // "X defended the record in a statement, saying that 98 percent …": what follows "saying" is what X said.
    const saying = /^(.{2,100}?)\s+[a-z]+ed\b[^“”"]*?,\s+saying\s+(?:that\s+)?([^“”"]+?)\.?$/.exec(s);
    if (!handled && saying) {
      const contentStart = s.length - saying[2]!.length - (s.endsWith('.') ? 1 : 0);
      add(speakers.resolve(at(0), at(saying[1]!.length)), 'saying', contentStart, contentStart + saying[2]!.length);
      handled = true;
    }
    if (!handled && (accordingLead || accordingTrail)) {
      const phrase = accordingLead ? accordingLead[1]! : accordingTrail![1]!;
      const phraseStart = s.indexOf(phrase, accordingLead ? 0 : accordingTrail!.index);
      const speaker = speakers.resolve(at(phraseStart), at(phraseStart + phrase.length));
      if (accordingLead) add(speaker, 'according to', accordingLead[0].length, s.length);
      else add(speaker, 'according to', 0, accordingTrail!.index);
    }
  }

  // The same words said twice (a lead repeated in the body) are one quotation.
  const key = (quote: FoundQuote) => quote.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const all = [...quotes, ...reported].sort((a, b) => a.start - b.start);
  return all.filter((quote, index) => !all.some((other, otherIndex) => otherIndex < index && other.speaker === quote.speaker && (key(other).includes(key(quote)) || key(quote).includes(key(other)))));
}
