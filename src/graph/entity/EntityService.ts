import type { Loaders } from '../loading/Loaders.js';
import { NodeReader } from '../loading/NodeReader.js';
import { withNodes } from '../pagination/Connection.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import type { Program } from '../program/Program.js';
import { EntityConnection } from './EntityConnection.js';
import type { EntityKind } from './EntityKind.js';
import type { EntityRef } from './EntityRef.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { speakerProjection } from './speakerProjection.js';

export type AnyEntity = Person | Organization | Program;

/** People, organisations and programs, read by id or through a typed reference. */
export class EntityService {
  readonly people: NodeReader<Person>;
  readonly organizations: NodeReader<Organization>;
  readonly programs: NodeReader<Program>;

  constructor(private readonly loaders: Loaders) {
    this.people = new NodeReader(loaders, 'get-people', { label: GraphLabel.PERSON, project: speakerProjection });
    this.organizations = new NodeReader(loaders, 'get-organizations', { label: GraphLabel.ORGANIZATION, project: speakerProjection });
    this.programs = new NodeReader(loaders, 'get-programs');
  }

  private reader(label: EntityRef['label']): NodeReader<AnyEntity> {
    const readers = { Person: this.people, Organization: this.organizations, Program: this.programs };
    return readers[label] as NodeReader<AnyEntity>;
  }

  byRef(ref: EntityRef | null): Promise<AnyEntity | null> {
    return ref ? this.reader(ref.label).byId(ref.id) : Promise.resolve(null);
  }

  /** Loads a page of mixed references, keeping their order; each label is one batched query. */
  async connection(queryName: string, key: string, window: PageWindow, params: Record<string, unknown>): Promise<EntityConnection> {
    const data = await this.loaders.related<EntityRef>(queryName, window, params).load(key);
    return new EntityConnection(withNodes(data, await Promise.all(data.page.nodes.map((ref) => this.byRef(ref)))));
  }

  mentionedIn(articleId: string, kinds: EntityKind[], window: PageWindow): Promise<EntityConnection> {
    return this.connection('list-article-entities', articleId, window, { labels: kinds });
  }

  subjectsOf(quoteId: string, kinds: EntityKind[], window: PageWindow): Promise<EntityConnection> {
    return this.connection('list-quote-subjects', quoteId, window, { labels: kinds });
  }
}
