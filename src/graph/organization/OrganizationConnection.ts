import { Connection } from '../pagination/Connection.js';
import { Organization } from './Organization.js';

export const OrganizationConnection = Connection<Organization>(() => Organization, 'Organization');
export type OrganizationConnection = InstanceType<typeof OrganizationConnection>;
