/** A stretch of the article text, by UTF-16 offsets into it. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
}

export interface Paragraph extends Span {
  text: string;
  /** Poll prompts, embeds, highlights, repeated captions and pull-quotes: no facts come from it. */
  boilerplate: boolean;
}

/** The article text cut into paragraphs and sentences, boilerplate marked. */
export interface ArticleText {
  text: string;
  /** A first line that is a headline (no closing punctuation), or null. */
  headline: Paragraph | null;
  paragraphs: Paragraph[];
  /** Sentences of the paragraphs that are not boilerplate, in order. */
  sentences: Sentence[];
}
