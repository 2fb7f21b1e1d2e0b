import { Connection } from '../pagination/Connection.js';
import { Person } from './Person.js';

export const PersonConnection = Connection<Person>(() => Person, 'Person');
export type PersonConnection = InstanceType<typeof PersonConnection>;
