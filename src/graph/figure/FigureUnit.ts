import { registerEnumType } from 'type-graphql';

export enum FigureUnit {
  PEOPLE = 'people',
  PERCENT = 'percent',
  USD = 'usd',
  OTHER = 'other',
}

registerEnumType(FigureUnit, { name: 'FigureUnit', description: 'OTHER covers cases, families, ratios, beds and the like.' });
