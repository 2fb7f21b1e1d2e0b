import { Field, InputType } from 'type-graphql';

@InputType()
export class ProgramFilter {
  @Field(() => String, { nullable: true, description: 'Name or an alias contains this text, case-insensitive.' })
  nameContains?: string | null;
}
