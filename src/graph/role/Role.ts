import { Field, ObjectType } from 'type-graphql';

/** A position a person holds at an organisation, as one article states it. */
@ObjectType()
export class Role {
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The office or unit, where the article names one.' })
  unit!: string | null;

  personId!: string;
  organizationId!: string;
  articleId!: string;
}
