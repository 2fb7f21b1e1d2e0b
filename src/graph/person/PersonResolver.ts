import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { prefetchesOf } from '../prefetchesOf.js';
import { EntitySort } from '../entity/EntitySort.js';
import { SpeakerFieldsResolver } from '../entity/SpeakerFieldsResolver.js';
import type { GraphContext } from '../GraphContext.js';
import { OrganizationKind } from '../organization/OrganizationKind.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { RoleConnection } from '../role/RoleConnection.js';
import { Person } from './Person.js';
import { PersonConnection } from './PersonConnection.js';
import { PersonFilter } from './PersonFilter.js';
import { personWhereOfFilter } from './personWhereOfFilter.js';
import { PersonWhere } from './PersonWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Person)
export class PersonResolver extends SpeakerFieldsResolver(Person, 'Person') {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<Person | null> {
    return ctx.people.byId(keyOf(id, GraphLabel.PERSON), prefetchesOf(info));
  }

  @Query(() => PersonConnection)
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Shorthand for common conditions; combined with `where`.' }) filter: PersonFilter | null,
    @Arg('where', () => PersonWhere, { nullable: true }) where: PersonWhere | null,
    @Arg('sort', () => EntitySort, { defaultValue: EntitySort.NAME }) sort: EntitySort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<PersonConnection> {
    return ctx.people.list({ AND: [personWhereOfFilter(filter ?? {}), where ?? {}] }, sort, pageWindow(page));
  }

  @FieldResolver(() => RoleConnection, { description: 'Positions held, each as an article states it.' })
  roles(
    @Root() person: Person,
    @Arg('organizationKinds', () => [OrganizationKind], { nullable: true }) kinds: OrganizationKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<RoleConnection> {
    return ctx.roles.heldBy(person.id, kinds ?? null, pageWindow(page));
  }
}
