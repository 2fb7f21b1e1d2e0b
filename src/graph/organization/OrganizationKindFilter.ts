import { EnumFilter } from '../query/EnumFilter.js';
import { OrganizationKind } from './OrganizationKind.js';

export const OrganizationKindFilter = EnumFilter<OrganizationKind>(OrganizationKind, 'OrganizationKind');
export type OrganizationKindFilter = InstanceType<typeof OrganizationKindFilter>;
