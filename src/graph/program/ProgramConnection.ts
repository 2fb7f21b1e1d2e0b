import { Connection } from '../pagination/Connection.js';
import { Program } from './Program.js';

export const ProgramConnection = Connection<Program>(() => Program, 'Program');
export type ProgramConnection = InstanceType<typeof ProgramConnection>;
