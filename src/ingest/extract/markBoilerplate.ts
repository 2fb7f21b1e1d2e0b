import type { Paragraph } from './ArticleText.js';

const WIDGET_LINE = /^(?:\[[^\]]*\]|<[^>]*>|(?:advertisement|related|read more|watch|video|click here|share this|follow us|sign up|subscribe|photo|image|caption|vote now)\b.{0,80}|(?:poll|quiz)\s*:.{0,120})$/i;
const POLL_OR_LEGAL = /\b(?:by completing the poll|privacy policy|terms of (?:use|service)|agree to receive (?:emails|offers)|sign up for our|all rights reserved|copyright ©)/i;
export const HIGHLIGHTS_HEADING = /^(?:story highlights|highlights|key points|what you need to know)$/i;

/** Letters and digits only, so that a pull-quote matches the paragraph it was lifted from. */
const comparable = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Marks paragraphs that carry no facts of their own: widgets and embeds, poll prompts, highlight
 * lists, captions printed twice and pull-quotes repeated from the body.
 */
export function markBoilerplate(paragraphs: Paragraph[]): void {
  const keys = paragraphs.map((paragraph) => comparable(paragraph.text));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);

  let inHighlights = false;
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const key = keys[index] ?? '';
    if (HIGHLIGHTS_HEADING.test(text)) {
      inHighlights = true;
      paragraph.boilerplate = true;
      return;
    }
    // Highlights are short lines without closing punctuation; the story proper ends the list.
    if (inHighlights && !/[.!?]["”’]?$/.test(text) && text.length < 200 && !/\s[—–-]\s*$/.test(text)) {
      paragraph.boilerplate = true;
      return;
    }
    inHighlights = false;
    const liftedFromBody = key.length >= 20 && keys.some((other, otherIndex) => otherIndex !== index && other.length > key.length && other.includes(key));
    const pollPrompt = /\?$/.test(text) && text.length < 120 && !/["“”]/.test(text) && (paragraphs[index + 1] ? POLL_OR_LEGAL.test(paragraphs[index + 1]!.text) : false);
    // The "- Name, title" line under a pull-quote.
    const pullQuoteCredit = /^[-–—]\s*[A-Z]/.test(text) && index > 0 && paragraphs[index - 1]!.boilerplate;
    if (WIDGET_LINE.test(text) || POLL_OR_LEGAL.test(text) || (counts.get(key) ?? 0) > 1 || liftedFromBody || pollPrompt || pullQuoteCredit) {
      paragraph.boilerplate = true;
    }
  });
}
