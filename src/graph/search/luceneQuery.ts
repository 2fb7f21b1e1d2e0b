/** The words of free text, lower-cased and split like the analyser splits them. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Turns free text into a Lucene query over the analysed fields: every word must appear, as a word
 * prefix or, from four letters on, within one edit (a typo). Splitting on anything that is not a
 * letter or digit leaves no Lucene syntax of the user's in the query.
 */
export function luceneQuery(text: string): string | undefined {
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  return words.map((word) => (word.length >= 4 ? `(${word}* OR ${word}~1)` : `${word}*`)).join(' AND ');
}
