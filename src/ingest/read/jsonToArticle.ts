import { z } from 'zod';
import { IngestInputError } from '../write/IngestInputError.js';

const optionalString = z.string().nullable().optional();

const JsonArticleSchema = z.object({
  id: optionalString,
  title: optionalString,
  text: optionalString,
  body: optionalString,
  content: optionalString,
  publisher: optionalString,
  url: optionalString,
  date: optionalString,
  published_on: optionalString,
  byline: z.union([z.string(), z.array(z.string())]).nullable().optional(),
});

/** The fields of a JSON article as given, its text under `text`, `body` or `content`. */
export interface JsonArticle {
  id: string | null;
  title: string | null;
  text: string;
  publisher: string | null;
  url: string | null;
  date: string | null;
  byline: string | string[] | null;
}

export function jsonToArticle(content: string): JsonArticle {
  let input: unknown;
  try {
    input = JSON.parse(content);
  } catch (error) {
    throw new IngestInputError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new IngestInputError('a JSON article must be an object with a "text" field');
  const parsed = JsonArticleSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new IngestInputError(`invalid JSON article: ${issues[0]}`, issues);
  }
  const fields = parsed.data;
  const text = fields.text ?? fields.body ?? fields.content;
  if (text == null) throw new IngestInputError('the JSON article has no "text" (nor "body" or "content") string');
  return {
    id: fields.id ?? null,
    title: fields.title ?? null,
    text,
    publisher: fields.publisher ?? null,
    url: fields.url ?? null,
    date: fields.date ?? fields.published_on ?? null,
    byline: fields.byline ?? null,
  };
}
