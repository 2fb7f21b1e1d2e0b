import { registerEnumType } from 'type-graphql';

export enum EntitySort {
  NAME = 'NAME',
  MOST_QUOTED = 'MOST_QUOTED',
}

registerEnumType(EntitySort, {
  name: 'EntitySort',
  valuesConfig: { NAME: { description: 'By id, the slug of the name.' }, MOST_QUOTED: { description: 'Most quotes said first.' } },
});
