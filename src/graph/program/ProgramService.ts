import type { EntityService } from '../entity/EntityService.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Program } from './Program.js';
import { ProgramConnection } from './ProgramConnection.js';
import type { ProgramFilter } from './ProgramFilter.js';

export class ProgramService {
  constructor(private readonly entities: EntityService) {}

  byId(id: string): Promise<Program | null> {
    return this.entities.programs.byId(id);
  }

  async list(filter: ProgramFilter, window: PageWindow): Promise<ProgramConnection> {
    return new ProgramConnection(await this.entities.programs.list('list-programs', window, { nameContains: filter.nameContains ?? null }));
  }

  async runBy(organizationId: string, window: PageWindow): Promise<ProgramConnection> {
    return new ProgramConnection(await this.entities.programs.related('list-organization-programs', organizationId, window));
  }
}
