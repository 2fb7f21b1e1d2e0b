import { Field, InputType } from 'type-graphql';
import { ArticleWhere } from '../article/ArticleWhere.js';
import { SpeakerWhere } from '../entity/SpeakerWhere.js';
import { FigureListFilter } from '../figure/FigureListFilter.js';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';

@InputType({ description: 'Conditions on quotes; every field given must hold.' })
export class QuoteWhere {
  @Field(() => [QuoteWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: QuoteWhere[] | null;

  @Field(() => [QuoteWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: QuoteWhere[] | null;

  @Field(() => QuoteWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: QuoteWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The quoted or reported words.' })
  text?: StringFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'true: direct speech; false: reported speech.' })
  direct?: boolean | null;

  @Field(() => SpeakerWhere, { nullable: true, description: 'Who said it.' })
  speaker?: SpeakerWhere | null;

  @Field(() => ArticleWhere, { nullable: true, description: 'The article that reports it.' })
  article?: ArticleWhere | null;

  @Field(() => FigureListFilter, { nullable: true, description: 'The figures it is about.' })
  figures?: FigureListFilter | null;
}
