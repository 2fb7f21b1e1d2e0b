import { ListFilter } from '../query/ListFilter.js';
import { RoleWhere } from './RoleWhere.js';

export const RoleListFilter = ListFilter<RoleWhere>(() => RoleWhere, 'Role');
export type RoleListFilter = InstanceType<typeof RoleListFilter>;
