import type { EntityService } from '../entity/EntityService.js';
import type { EntitySort } from '../entity/EntitySort.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Person } from './Person.js';
import type { Prefetch } from '../loading/Prefetch.js';
import { PersonConnection } from './PersonConnection.js';
import { entityRank } from '../entity/entityRank.js';
import { buildList } from '../query/buildList.js';
import { personPredicate } from './personPredicate.js';
import type { PersonWhere } from './PersonWhere.js';
import { GraphLabel } from '../node/GraphLabel.js';

export class PersonService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string, nested: Prefetch[] = []): Promise<Person | null> {
    return this.entities.people.byId(id, nested);
  }

  async list(where: PersonWhere, sort: EntitySort, window: PageWindow): Promise<PersonConnection> {
    const list = buildList({ label: GraphLabel.PERSON, where: (person) => personPredicate(person, where), rank: entityRank(sort) }, window);
    return new PersonConnection(await this.entities.people.built(list, window));
  }

  async authorsOf(articleId: string, window: PageWindow): Promise<PersonConnection> {
    return new PersonConnection(await this.entities.people.related('list-article-authors', articleId, window));
  }
}
