import { Connection } from '../pagination/Connection.js';
import { Discrepancy } from './Discrepancy.js';

export const DiscrepancyConnection = Connection<Discrepancy>(() => Discrepancy, 'Discrepancy');
export type DiscrepancyConnection = InstanceType<typeof DiscrepancyConnection>;
