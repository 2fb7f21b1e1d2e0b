import type { PersonFilter } from './PersonFilter.js';
import type { PersonWhere } from './PersonWhere.js';

/** The shorthand `filter` says, as a `where`. */
export function personWhereOfFilter(filter: PersonFilter): PersonWhere {
  const roleAt = [
    filter.roleAtKinds != null ? { organization: { kind: { in: filter.roleAtKinds } } } : null,
    filter.roleAtOrganizationId != null ? { organization: { id: { eq: filter.roleAtOrganizationId } } } : null,
  ];
  return {
    names: filter.nameContains != null ? { contains: filter.nameContains } : null,
    quotes: filter.quoted == null ? null : filter.quoted ? { some: {} } : { none: {} },
    AND: roleAt.flatMap((role) => (role ? [{ roles: { some: role } }] : [])),
  };
}
