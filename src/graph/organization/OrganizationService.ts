import type { EntityService } from '../entity/EntityService.js';
import type { EntitySort } from '../entity/EntitySort.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Organization } from './Organization.js';
import { OrganizationConnection } from './OrganizationConnection.js';
import type { OrganizationFilter } from './OrganizationFilter.js';
import type { OrganizationKind } from './OrganizationKind.js';

export class OrganizationService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string | null): Promise<Organization | null> {
    return id ? this.entities.organizations.byId(id) : Promise.resolve(null);
  }

  async list(filter: OrganizationFilter, sort: EntitySort, window: PageWindow): Promise<OrganizationConnection> {
    const params = { nameContains: filter.nameContains ?? null, kinds: filter.kinds ?? null, sort };
    return new OrganizationConnection(await this.entities.organizations.list('list-organizations', window, params));
  }

  async citedBy(articleId: string, kinds: OrganizationKind[] | null, window: PageWindow): Promise<OrganizationConnection> {
    return new OrganizationConnection(await this.entities.organizations.related('list-article-sources', articleId, window, { kinds }));
  }
}
