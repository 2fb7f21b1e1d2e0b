import { Field, ID, InputType } from 'type-graphql';
import { OrganizationKind } from '../organization/OrganizationKind.js';

@InputType({ description: 'Every field is optional; the people returned match all that are given.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Name or an alias contains this text, case-insensitive.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only people quoted in some article; false: only people never quoted.' })
  quoted?: boolean | null;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Holds a position at an organisation of one of these kinds.' })
  roleAtKinds?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Holds a position at this organisation.' })
  roleAtOrganizationId?: string | null;
}
