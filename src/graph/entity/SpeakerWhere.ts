import { Field, InputType } from 'type-graphql';
import { OrganizationWhere } from '../organization/OrganizationWhere.js';
import { PersonWhere } from '../person/PersonWhere.js';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';

@InputType({ description: 'Conditions on a speaker, a person or an organisation; every field given must hold.' })
export class SpeakerWhere {
  @Field(() => [SpeakerWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: SpeakerWhere[] | null;

  @Field(() => [SpeakerWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: SpeakerWhere[] | null;

  @Field(() => SpeakerWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: SpeakerWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => PersonWhere, { nullable: true, description: 'A person matching this.' })
  person?: PersonWhere | null;

  @Field(() => OrganizationWhere, { nullable: true, description: 'An organisation matching this.' })
  organization?: OrganizationWhere | null;
}
