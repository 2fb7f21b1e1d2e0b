import { registerEnumType } from 'type-graphql';

export enum IngestOutcome {
  NEW = 'NEW',
  UNCHANGED = 'UNCHANGED',
  UPDATED = 'UPDATED',
}

registerEnumType(IngestOutcome, {
  name: 'IngestOutcome',
  description: 'NEW: first written; UNCHANGED: this text was already stored (under this or another id), nothing written; UPDATED: the text changed, so its facts were replaced.',
});
