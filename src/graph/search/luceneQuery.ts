/**
 * The words of free text, lower-cased and kept together the way Lucene's standard tokenizer keeps
 * them ("396,906", "u.s."): split apart, "396,906" would look for 396 and 906 and find nothing.
 */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Turns free text into a Lucene query over the analysed fields: every word must appear, as a word
 * prefix or, for words of four characters or more with a letter, within one edit (a typo). Words
 * hold only letters, digits and inner . , ' characters, which are no Lucene syntax.
 */
export function luceneQuery(text: string): string | undefined {
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  // A typo in a number is another number (2011 for 2012), so only words with letters are fuzzy.
  const fuzzy = (word: string) => word.length >= 4 && /\p{L}/u.test(word);
  return words.map((word) => (fuzzy(word) ? `(${word}* OR ${word}~1)` : `${word}*`)).join(' AND ');
}
