import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './OrganizationKind.js';

@InputType({ description: 'Every field is optional; the organisations returned match all that are given.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Name or an alias contains this text, or the acronym equals it; case-insensitive.' })
  nameContains?: string | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;
}
