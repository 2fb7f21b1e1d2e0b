/**
 * Turns free text into a Lucene query over the analysed name fields: the user's words must all
 * appear, each as a word prefix, lower-cased like the index. Splitting on anything that is not a
 * letter or digit mirrors the analyser and leaves no Lucene syntax to escape.
 */
export function luceneQuery(text: string): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  return words.map((word) => `${word}*`).join(' AND ');
}
