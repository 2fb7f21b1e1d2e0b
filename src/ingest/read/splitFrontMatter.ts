import { IngestInputError } from '../write/IngestInputError.js';

/** A front matter key's value: one string, or the items of a YAML-style list. */
export type FrontMatterValue = string | string[];

export interface FrontMatterSplit {
  /** Keys in lower case; null when the content has no front matter. */
  fields: Map<string, FrontMatterValue> | null;
  body: string;
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*-[ \t]+(.*)$/;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(trimmed);
  return quoted ? (quoted[1] ?? quoted[2] ?? '') : trimmed;
}

function valueOf(raw: string): FrontMatterValue {
  const trimmed = raw.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    return trimmed.slice(1, -1).split(',').map(unquote).filter((item) => item.length > 0);
  }
  return unquote(trimmed);
}

/**
 * Splits `---` / `key: value` lines / `---` off the top of a text (content with `\n` line ends).
 * The body is what follows, without the blank lines that separate it from the front matter.
 */
export function splitFrontMatter(content: string): FrontMatterSplit {
  const lines = content.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { fields: null, body: content };
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end < 0) throw new IngestInputError('the front matter that opens on line 1 has no closing "---" line');
  const fields = new Map<string, FrontMatterValue>();
  // The list that "- item" lines add to: opened by a key with an empty value.
  let list: string[] | null = null;
  for (let index = 1; index < end; index++) {
    const line = lines[index]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = LIST_ITEM.exec(line);
    if (item && list !== null) {
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    const pair = KEY_VALUE.exec(line);
    if (!pair) throw new IngestInputError(`front matter line ${index + 1} is not "key: value": ${JSON.stringify(line.slice(0, 80))}`);
    const raw = pair[2] ?? '';
    list = raw.trim() === '' ? [] : null;
    fields.set(pair[1]!.toLowerCase(), list ?? valueOf(raw));
  }
  return { fields, body: lines.slice(end + 1).join('\n').replace(/^(?:[ \t]*\n)+/, '') };
}
