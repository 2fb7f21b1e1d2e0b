import { Field, InputType } from 'type-graphql';
import { OrganizationWhere } from '../organization/OrganizationWhere.js';
import { StringFilter } from '../query/StringFilter.js';

@InputType({ description: 'Conditions on a position a person holds; every field given must hold.' })
export class RoleWhere {
  @Field(() => StringFilter, { nullable: true, description: 'e.g. "director".' })
  title?: StringFilter | null;

  @Field(() => OrganizationWhere, { nullable: true, description: 'Where the position is held.' })
  organization?: OrganizationWhere | null;
}
