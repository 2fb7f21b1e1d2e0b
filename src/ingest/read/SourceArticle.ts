/** An article as read from a file or request, before extraction: its text and what came with it. */
export interface SourceArticle {
  /** A stable id from the source (front matter `id`, JSON `id`), or null to derive one. */
  id: string | null;
  /** The article's plain text; extraction offsets count UTF-16 code units into it. */
  text: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** YYYY-MM-DD, or null. */
  publishedOn: string | null;
  byline: string[];
}
