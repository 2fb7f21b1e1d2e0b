import { Field, InputType } from 'type-graphql';
import { IdFilter } from '../query/IdFilter.js';
import { StringFilter } from '../query/StringFilter.js';

@InputType({ description: 'Conditions on programs; every field given must hold.' })
export class ProgramWhere {
  @Field(() => [ProgramWhere], { nullable: true, description: 'Every one of these holds.' })
  AND?: ProgramWhere[] | null;

  @Field(() => [ProgramWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: ProgramWhere[] | null;

  @Field(() => ProgramWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: ProgramWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The name or any alias.' })
  names?: StringFilter | null;
}

