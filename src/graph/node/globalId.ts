import { badUserInput } from '../../errors/badUserInput.js';
import { GraphLabel } from './GraphLabel.js';

const LABELS = new Set<string>(Object.values(GraphLabel));

/** The opaque id of a node across all types: its label and key, base64url-encoded. */
export function toGlobalId(label: GraphLabel, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

/** The label and key inside a global id, or null when the text is not one. */
export function fromGlobalId(id: string): { label: GraphLabel; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const label = text.slice(0, colon);
  // Only an exact round trip counts, so a readable key ("john-morton") is never taken for a global id.
  if (colon < 1 || !LABELS.has(label) || toGlobalId(label as GraphLabel, text.slice(colon + 1)) !== id) return null;
  return { label: label as GraphLabel, key: text.slice(colon + 1) };
}

/**
 * The key an id argument names: a global id is decoded (and must be of one of `labels`), anything
 * else is taken as the readable key itself, so "john-morton" and its global id both work.
 */
export function keyOf(id: string, ...labels: GraphLabel[]): string {
  const global = fromGlobalId(id);
  if (!global) return id;
  if (!labels.includes(global.label)) throw badUserInput(`id ${id} is a ${global.label}, not a ${labels.join(' or ')}`);
  return global.key;
}
