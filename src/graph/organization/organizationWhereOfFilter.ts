import type { OrganizationFilter } from './OrganizationFilter.js';
import type { OrganizationWhere } from './OrganizationWhere.js';

/** The shorthand `filter` says, as a `where`. */
export function organizationWhereOfFilter(filter: OrganizationFilter): OrganizationWhere {
  return {
    names: filter.nameContains != null ? { contains: filter.nameContains } : null,
    kind: filter.kinds != null ? { in: filter.kinds } : null,
  };
}
