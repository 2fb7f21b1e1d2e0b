import { registerEnumType } from 'type-graphql';

/** The values are the graph's labels. */
export enum EntityKind {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PROGRAM = 'Program',
}

registerEnumType(EntityKind, { name: 'EntityKind' });

export const ALL_ENTITY_KINDS = Object.values(EntityKind);
