import { Field, InputType } from 'type-graphql';
import { ArticleWhere } from '../article/ArticleWhere.js';
import { SpeakerWhere } from '../entity/SpeakerWhere.js';
import { FloatFilter } from '../query/FloatFilter.js';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';
import { QuoteListFilter } from '../quote/QuoteListFilter.js';
import { FigureUnitFilter } from './FigureUnitFilter.js';

@InputType({ description: 'Conditions on figures; every field given must hold.' })
export class FigureWhere {
  @Field(() => [FigureWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: FigureWhere[] | null;

  @Field(() => [FigureWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: FigureWhere[] | null;

  @Field(() => FigureWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: FigureWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  measure?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The period as written in the graph, e.g. "FY2012".' })
  period?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  scope?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The figure as the article words it, e.g. "nearly 410,000".' })
  valueText?: StringFilter | null;

  @Field(() => FigureUnitFilter, { nullable: true })
  unit?: FigureUnitFilter | null;

  @Field(() => FloatFilter, { nullable: true })
  value?: FloatFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'Hedged ("nearly", "more than") or not.' })
  approximate?: boolean | null;

  @Field(() => ArticleWhere, { nullable: true, description: 'The article that states it.' })
  article?: ArticleWhere | null;

  @Field(() => SpeakerWhere, { nullable: true, description: 'Who it is attributed to.' })
  source?: SpeakerWhere | null;

  @Field(() => QuoteListFilter, { nullable: true, description: 'The quotes about it.' })
  quotes?: QuoteListFilter | null;
}
