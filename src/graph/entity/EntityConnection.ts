import { Connection } from '../pagination/Connection.js';
import { Entity } from './Entity.js';

export const EntityConnection = Connection<Entity & { __typename: string }>(() => Entity, 'Entity');
export type EntityConnection = InstanceType<typeof EntityConnection>;
