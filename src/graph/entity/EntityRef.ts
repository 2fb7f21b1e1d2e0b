import type { EntityKind } from './EntityKind.js';

/** A node of one of the entity labels, as list queries return it. */
export interface EntityRef {
  id: string;
  label: `${EntityKind}`;
}
