import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../article/Article.js';
import type { GraphContext } from '../GraphContext.js';
import { Organization } from '../organization/Organization.js';
import { Person } from '../person/Person.js';
import { Role } from './Role.js';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person)
  person(@Root() role: Role, @Ctx() ctx: GraphContext): Promise<Person | null> {
    return ctx.people.byId(role.personId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() role: Role, @Ctx() ctx: GraphContext): Promise<Organization | null> {
    return ctx.organizations.byId(role.organizationId);
  }

  @FieldResolver(() => Article, { description: 'The article that states the role.' })
  article(@Root() role: Role, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.articles.byId(role.articleId);
  }

  @FieldResolver(() => String, { description: 'Title and organisation in words, e.g. "Director of U.S. Immigration and Customs Enforcement".' })
  async description(@Root() role: Role, @Ctx() ctx: GraphContext): Promise<string> {
    const organization = await ctx.organizations.byId(role.organizationId);
    const where = [role.unit, organization?.name].filter(Boolean).join(', ');
    return role.title ? `${role.title} of ${where}` : `Position at ${where}`;
  }
}
