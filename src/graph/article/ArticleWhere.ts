import { Field, InputType } from 'type-graphql';
import { OrganizationWhere } from '../organization/OrganizationWhere.js';
import { DateFilter } from '../query/DateFilter.js';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';

@InputType({ description: 'Conditions on articles; every field given must hold.' })
export class ArticleWhere {
  @Field(() => [ArticleWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: ArticleWhere[] | null;

  @Field(() => [ArticleWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: ArticleWhere[] | null;

  @Field(() => ArticleWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: ArticleWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  title?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  url?: StringFilter | null;

  @Field(() => DateFilter, { nullable: true })
  publishedOn?: DateFilter | null;

  @Field(() => OrganizationWhere, { nullable: true, description: 'The outlet that published it.' })
  publisher?: OrganizationWhere | null;
}
