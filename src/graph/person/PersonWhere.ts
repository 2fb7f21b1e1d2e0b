import { Field, InputType } from 'type-graphql';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';
import { QuoteListFilter } from '../quote/QuoteListFilter.js';
import { RoleListFilter } from '../role/RoleListFilter.js';

@InputType({ description: 'Conditions on people; every field given must hold.' })
export class PersonWhere {
  @Field(() => [PersonWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: PersonWhere[] | null;

  @Field(() => [PersonWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: PersonWhere[] | null;

  @Field(() => PersonWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: PersonWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The name or any alias.' })
  names?: StringFilter | null;

  @Field(() => RoleListFilter, { nullable: true, description: 'The positions they hold.' })
  roles?: RoleListFilter | null;

  @Field(() => QuoteListFilter, { nullable: true, description: 'What they said.' })
  quotes?: QuoteListFilter | null;
}
