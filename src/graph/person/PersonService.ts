import type { EntityService } from '../entity/EntityService.js';
import type { EntitySort } from '../entity/EntitySort.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Person } from './Person.js';
import { PersonConnection } from './PersonConnection.js';
import type { PersonFilter } from './PersonFilter.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

export class PersonService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string): Promise<Person | null> {
    return this.entities.people.byId(id);
  }

  async list(filter: PersonFilter, sort: EntitySort, window: PageWindow): Promise<PersonConnection> {
    const params = {
      nameContains: filter.nameContains ?? null,
      quoted: filter.quoted ?? null,
      roleKinds: filter.roleAtKinds ?? null,
      roleOrganizationId: filter.roleAtOrganizationId ? keyOf(filter.roleAtOrganizationId, GraphLabel.ORGANIZATION) : null,
      sort,
    };
    return new PersonConnection(await this.entities.people.list('list-people', window, params));
  }

  async authorsOf(articleId: string, window: PageWindow): Promise<PersonConnection> {
    return new PersonConnection(await this.entities.people.related('list-article-authors', articleId, window));
  }
}
