import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../config/projectRoot.js';
import { organizationKinds } from '../write/ArticleFacts.js';
import { IngestInputError } from '../write/IngestInputError.js';
import type { EntityKnowledge, KnownEntity } from './EntityKnowledge.js';

/** The alias list shipped with claimgraph; users add their own files through CLAIMGRAPH_ENTITIES. */
export const BUILT_IN_ENTITIES = join(projectRoot, 'data', 'entities');

const KnownEntitySchema = z.object({
  type: z.enum(['organization', 'program']),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: z.enum(organizationKinds).default('other'),
  part_of: z.string().nullable().default(null),
  run_by: z.string().nullable().default(null),
});

async function jsonFilesIn(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  return (await readdir(path)).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name));
}

export function entityKnowledgeOf(entities: KnownEntity[]): EntityKnowledge {
  const byName = new Map<string, KnownEntity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) byName.set(name.toLowerCase(), entity);
  }
  return { entities, byName };
}

/** Reads the alias list: the built-in files, then each extra file or folder (later entries win). */
export async function loadEntityKnowledge(extraPaths: string[] = []): Promise<EntityKnowledge> {
  const entities: KnownEntity[] = [];
  for (const path of [BUILT_IN_ENTITIES, ...extraPaths]) {
    for (const file of await jsonFilesIn(path)) {
      const parsed = z.array(KnownEntitySchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new IngestInputError(`${file}: ${parsed.error.issues[0]?.message ?? 'not an entity list'}`);
      entities.push(...parsed.data);
    }
  }
  return entityKnowledgeOf(entities);
}
