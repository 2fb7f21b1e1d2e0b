import { Field, InputType } from 'type-graphql';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';
import { QuoteListFilter } from '../quote/QuoteListFilter.js';
import { OrganizationKindFilter } from './OrganizationKindFilter.js';

@InputType({ description: 'Conditions on organisations; every field given must hold.' })
export class OrganizationWhere {
  @Field(() => [OrganizationWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: OrganizationWhere[] | null;

  @Field(() => [OrganizationWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: OrganizationWhere[] | null;

  @Field(() => OrganizationWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: OrganizationWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The name or any alias or the acronym.' })
  names?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  acronym?: StringFilter | null;

  @Field(() => OrganizationKindFilter, { nullable: true })
  kind?: OrganizationKindFilter | null;

  @Field(() => QuoteListFilter, { nullable: true, description: 'What it said.' })
  quotes?: QuoteListFilter | null;
}
