import type { Loaders } from '../loading/Loaders.js';
import type { OrganizationKind } from '../organization/OrganizationKind.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Role } from './Role.js';
import { RoleConnection } from './RoleConnection.js';

export class RoleService {
  constructor(private readonly loaders: Loaders) {}

  private async connection(queryName: string, key: string, window: PageWindow, params: Record<string, unknown>): Promise<RoleConnection> {
    return new RoleConnection(await this.loaders.related<Role>(queryName, window, params).load(key));
  }

  heldBy(personId: string, kinds: OrganizationKind[] | null, window: PageWindow): Promise<RoleConnection> {
    return this.connection('list-person-roles', personId, window, { kinds });
  }

  at(organizationId: string, window: PageWindow): Promise<RoleConnection> {
    return this.connection('list-organization-members', organizationId, window, {});
  }
}
