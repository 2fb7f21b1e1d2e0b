import { registerEnumType } from 'type-graphql';

/** The values are the graph's relationship types. */
export enum FigureRelation {
  SAME_QUANTITY = 'SAME_QUANTITY_AS',
  CLOSE_BUT_DIFFERENT = 'CLOSE_TO',
  CONFLICT = 'CONFLICTS_WITH',
  RESTATES = 'RESTATES',
}

registerEnumType(FigureRelation, {
  name: 'FigureRelation',
  description: 'SAME_QUANTITY: one quantity stated twice (rounded, reframed); CLOSE_BUT_DIFFERENT: easy to conflate, not the same; CONFLICT: cannot both hold; RESTATES: the very same words (value, wording, measure, period and scope) in another article, whose relations the restatement shares.',
});
