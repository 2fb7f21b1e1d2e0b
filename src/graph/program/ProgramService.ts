import type { EntityService } from '../entity/EntityService.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Program } from './Program.js';
import { ProgramConnection } from './ProgramConnection.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { buildList } from '../query/buildList.js';
import { programPredicate } from './programPredicate.js';
import type { ProgramWhere } from './ProgramWhere.js';

export class ProgramService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string): Promise<Program | null> {
    return this.entities.programs.byId(id);
  }

  async list(where: ProgramWhere, window: PageWindow): Promise<ProgramConnection> {
    const list = buildList({ label: GraphLabel.PROGRAM, where: (program) => programPredicate(program, where), rank: null }, window);
    return new ProgramConnection(await this.entities.programs.built(list, window));
  }

  async runBy(organizationId: string, window: PageWindow): Promise<ProgramConnection> {
    return new ProgramConnection(await this.entities.programs.related('list-organization-programs', organizationId, window));
  }
}
