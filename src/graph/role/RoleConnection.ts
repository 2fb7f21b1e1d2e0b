import { Connection } from '../pagination/Connection.js';
import { Role } from './Role.js';

export const RoleConnection = Connection<Role>(() => Role, 'Role');
export type RoleConnection = InstanceType<typeof RoleConnection>;
