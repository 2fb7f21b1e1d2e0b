import { searchWords } from './luceneQuery.js';

const WIDTH = 160;

/** The part of a text around the first word of the search that it contains, cut at word boundaries. */
export function snippetOf(text: string, query: string): string {
  if (text.length <= WIDTH) return text;
  const lower = text.toLowerCase();
  const at = Math.min(...searchWords(query).map((word) => lower.indexOf(word)).filter((index) => index >= 0), text.length);
  const start = at === text.length ? 0 : Math.max(0, at - WIDTH / 4);
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1;
  const cut = text.slice(from, from + WIDTH);
  const to = from + WIDTH >= text.length ? cut.length : cut.lastIndexOf(' ');
  return `${from > 0 ? '…' : ''}${cut.slice(0, to > 0 ? to : cut.length)}${from + WIDTH < text.length ? '…' : ''}`;
}
