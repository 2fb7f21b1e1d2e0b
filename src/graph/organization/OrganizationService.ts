import type { EntityService } from '../entity/EntityService.js';
import type { Prefetch } from '../loading/Prefetch.js';
import type { EntitySort } from '../entity/EntitySort.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Organization } from './Organization.js';
import { OrganizationConnection } from './OrganizationConnection.js';
import { entityRank } from '../entity/entityRank.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { buildList } from '../query/buildList.js';
import { organizationPredicate } from './organizationPredicate.js';
import type { OrganizationWhere } from './OrganizationWhere.js';
import type { OrganizationKind } from './OrganizationKind.js';

export class OrganizationService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string | null, nested: Prefetch[] = []): Promise<Organization | null> {
    return id ? this.entities.organizations.byId(id, nested) : Promise.resolve(null);
  }

  async list(where: OrganizationWhere, sort: EntitySort, window: PageWindow): Promise<OrganizationConnection> {
    const list = buildList(
      { label: GraphLabel.ORGANIZATION, where: (organization) => organizationPredicate(organization, where), rank: entityRank(sort) },
      window,
    );
    return new OrganizationConnection(await this.entities.organizations.built(list, window));
  }

  async citedBy(articleId: string, kinds: OrganizationKind[] | null, window: PageWindow): Promise<OrganizationConnection> {
    return new OrganizationConnection(await this.entities.organizations.related('list-article-sources', articleId, window, { kinds }));
  }
}
