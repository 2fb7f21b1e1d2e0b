import type { EntityKnowledge } from '../ingest/extract/EntityKnowledge.js';
import type { Database } from '../neo4j/Database.js';
import type { Deadline } from '../neo4j/Deadline.js';
import type { WriteAccess } from './access/WriteAccess.js';
import { ArticleService } from './article/ArticleService.js';
import { DiscrepancyService } from './discrepancy/DiscrepancyService.js';
import { EntityMergeService } from './entity/EntityMergeService.js';
import { EntityService } from './entity/EntityService.js';
import { FigureService } from './figure/FigureService.js';
import { ArticleWriteService } from './ingestion/ArticleWriteService.js';
import { Loaders } from './loading/Loaders.js';
import { NodeService } from './node/NodeService.js';
import { PathService } from './path/PathService.js';
import { OrganizationService } from './organization/OrganizationService.js';
import { PersonService } from './person/PersonService.js';
import { ProgramService } from './program/ProgramService.js';
import { QuoteService } from './quote/QuoteService.js';
import { RoleService } from './role/RoleService.js';
import { SearchService } from './search/SearchService.js';

/** What every resolver of one request can use; the loaders batch and cache for that request only. */
export class GraphContext {
  readonly access: WriteAccess;
  readonly articleWrites: ArticleWriteService;
  readonly entityMerges: EntityMergeService;
  readonly articles: ArticleService;
  readonly entities: EntityService;
  readonly people: PersonService;
  readonly organizations: OrganizationService;
  readonly programs: ProgramService;
  readonly figures: FigureService;
  readonly quotes: QuoteService;
  readonly roles: RoleService;
  readonly search: SearchService;
  readonly discrepancies: DiscrepancyService;
  readonly nodes: NodeService;
  readonly paths: PathService;

  /** `writes`: may this request write, and the server's alias list that ingestion resolves names with. */
  constructor(db: Database, deadline: Deadline, writes: { access: WriteAccess; knowledge: EntityKnowledge }) {
    const loaders = new Loaders(db, deadline);
    this.access = writes.access;
    this.articles = new ArticleService(loaders);
    this.entities = new EntityService(loaders);
    this.people = new PersonService(this.entities);
    this.organizations = new OrganizationService(this.entities);
    this.programs = new ProgramService(this.entities);
    this.figures = new FigureService(loaders);
    this.quotes = new QuoteService(loaders);
    this.roles = new RoleService(loaders);
    this.search = new SearchService(loaders);
    this.paths = new PathService(db, deadline);
    this.nodes = new NodeService({ articles: this.articles, quotes: this.quotes, figures: this.figures, entities: this.entities });
    this.discrepancies = new DiscrepancyService(loaders);
    this.articleWrites = new ArticleWriteService(db, loaders, this.articles, writes.knowledge);
    this.entityMerges = new EntityMergeService(db, loaders, this.entities);
  }
}
