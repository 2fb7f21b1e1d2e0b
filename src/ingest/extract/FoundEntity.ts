import type { ExtractedOrganization, ExtractedRole } from './Extraction.js';

/** An entity the article refers to, with every name it uses for it. */
export interface FoundEntity {
  type: 'person' | 'organization' | 'program';
  name: string;
  aliases: Set<string>;
  kind: ExtractedOrganization['kind'];
  partOf: string | null;
  runBy: string | null;
  gender: 'male' | 'female' | null;
  roles: ExtractedRole[];
}

/** One place where the article names an entity. */
export interface Mention {
  start: number;
  end: number;
  entity: FoundEntity;
}
