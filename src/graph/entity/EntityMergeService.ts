import { badUserInput } from '../../errors/badUserInput.js';
import type { Database } from '../../neo4j/Database.js';
import type { Loaders } from '../loading/Loaders.js';
import type { AnyEntity, EntityService } from './EntityService.js';
import type { EntityRef } from './EntityRef.js';

type Label = EntityRef['label'];

/** Folds a duplicate entity into the one to keep, in one transaction, losing none of its relationships. */
export class EntityMergeService {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
    private readonly entities: EntityService,
  ) {}

  async merge(keepId: string, mergeId: string): Promise<AnyEntity> {
    if (keepId === mergeId) throw badUserInput(`keepId and mergeId are both "${keepId}": name two different entities`, { argumentName: 'mergeId' });
    const kept = await this.db.writeTransaction(async (tx) => {
      const rows = await tx.run('find-entities-to-merge', { ids: [keepId, mergeId] });
      const labelsOf = (id: string) => (rows.find((row) => row.id === id)?.labels as Label[] | undefined) ?? [];
      const keepLabels = labelsOf(keepId);
      const mergeLabels = labelsOf(mergeId);
      for (const [argumentName, id, labels] of [['keepId', keepId, keepLabels], ['mergeId', mergeId, mergeLabels]] as const) {
        if (labels.length === 0) throw badUserInput(`${argumentName}: no person, organisation or program has the id "${id}"`, { argumentName });
      }
      const shared = keepLabels.filter((label) => mergeLabels.includes(label));
      if (shared.length === 0) {
        throw badUserInput(`"${keepId}" is a ${keepLabels.join('/')} and "${mergeId}" a ${mergeLabels.join('/')}: only entities of one kind can be merged`);
      }
      // Ids are unique per label only, so two ids can both name a person and an organisation.
      if (shared.length > 1) throw badUserInput(`"${keepId}" and "${mergeId}" each name a ${shared.join(' and a ')}: the merge is ambiguous`);
      const label = shared[0]!;
      await tx.run('merge-entities', { label, keepId, mergeId });
      return { id: keepId, label };
    });
    // What this request read before the merge is stale.
    this.loaders.forget();
    const entity = await this.entities.byRef(kept);
    if (!entity) throw new Error(`entity ${kept.label} ${kept.id} was merged into but cannot be read back`);
    return entity;
  }
}
