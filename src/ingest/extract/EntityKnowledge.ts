import type { ExtractedOrganization } from './Extraction.js';

/** A known organisation or program with the names it goes by; the alias list users extend. */
export interface KnownEntity {
  type: 'organization' | 'program';
  name: string;
  aliases: string[];
  kind: ExtractedOrganization['kind'];
  part_of: string | null;
  run_by: string | null;
}

/** Known entities, looked up by any of their names. */
export interface EntityKnowledge {
  entities: KnownEntity[];
  /** Lower-cased name or alias → entity. */
  byName: Map<string, KnownEntity>;
}
