import type { Database } from '../../neo4j/Database.js';
import { badUserInput } from '../../errors/badUserInput.js';
import type { EntityKind } from '../entity/EntityKind.js';
import type { EntityRef } from '../entity/EntityRef.js';
import type { AnyEntity, EntityService } from '../entity/EntityService.js';
import { luceneQuery } from './luceneQuery.js';
import type { SearchHit } from './SearchHit.js';

export const MAX_SEARCH_TEXT = 200;

export class SearchService {
  constructor(
    private readonly db: Database,
    private readonly entities: EntityService,
  ) {}

  async entitiesByName(text: string, kinds: EntityKind[], limit: number): Promise<SearchHit[]> {
    if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`search text is limited to ${MAX_SEARCH_TEXT} characters`, { argumentName: 'text' });
    const query = luceneQuery(text);
    if (!query) throw badUserInput('search text needs at least one letter or digit', { argumentName: 'text' });
    const rows = await this.db.read('search-entities', { query, labels: kinds, limit });
    const hits = await Promise.all(
      rows.map(async (row) => ({ score: row.score as number, entity: await this.entities.byRef(row as unknown as EntityRef) })),
    );
    return hits.filter((hit): hit is { score: number; entity: AnyEntity } => hit.entity !== null);
  }
}
