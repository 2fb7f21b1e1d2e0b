import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { prefetchesOf } from '../prefetchesOf.js';
import { EntitySort } from '../entity/EntitySort.js';
import { SpeakerFieldsResolver } from '../entity/SpeakerFieldsResolver.js';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { ProgramConnection } from '../program/ProgramConnection.js';
import { RoleConnection } from '../role/RoleConnection.js';
import { Organization } from './Organization.js';
import { OrganizationConnection } from './OrganizationConnection.js';
import { OrganizationFilter } from './OrganizationFilter.js';
import { organizationWhereOfFilter } from './organizationWhereOfFilter.js';
import { OrganizationWhere } from './OrganizationWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Organization)
export class OrganizationResolver extends SpeakerFieldsResolver(Organization, 'Organization') {
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<Organization | null> {
    return ctx.organizations.byId(keyOf(id, GraphLabel.ORGANIZATION), prefetchesOf(info));
  }

  @Query(() => OrganizationConnection)
  organizations(
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Shorthand for common conditions; combined with `where`.' }) filter: OrganizationFilter | null,
    @Arg('where', () => OrganizationWhere, { nullable: true }) where: OrganizationWhere | null,
    @Arg('sort', () => EntitySort, { defaultValue: EntitySort.NAME }) sort: EntitySort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<OrganizationConnection> {
    return ctx.organizations.list({ AND: [organizationWhereOfFilter(filter ?? {}), where ?? {}] }, sort, pageWindow(page));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation this one belongs to, e.g. ICE to DHS.' })
  partOf(@Root() organization: Organization, @Ctx() ctx: GraphContext): Promise<Organization | null> {
    return ctx.organizations.byId(organization.partOfId);
  }

  @FieldResolver(() => RoleConnection, { description: 'People who hold a position here.' })
  members(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<RoleConnection> {
    return ctx.roles.at(organization.id, pageWindow(page));
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs it runs.' })
  programs(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<ProgramConnection> {
    return ctx.programs.runBy(organization.id, pageWindow(page));
  }
}
