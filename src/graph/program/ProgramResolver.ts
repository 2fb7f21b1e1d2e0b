import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { EntityFieldsResolver } from '../entity/EntityFieldsResolver.js';
import type { GraphContext } from '../GraphContext.js';
import { Organization } from '../organization/Organization.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { Program } from './Program.js';
import { ProgramConnection } from './ProgramConnection.js';
import { ProgramFilter } from './ProgramFilter.js';
import { ProgramWhere } from './ProgramWhere.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver(() => Program)
export class ProgramResolver extends EntityFieldsResolver(Program, 'Program') {
  @Query(() => Program, { nullable: true })
  program(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext): Promise<Program | null> {
    return ctx.programs.byId(keyOf(id, GraphLabel.PROGRAM));
  }

  @Query(() => ProgramConnection)
  programs(
    @Arg('filter', () => ProgramFilter, { nullable: true, description: 'Shorthand for common conditions; combined with `where`.' }) filter: ProgramFilter | null,
    @Arg('where', () => ProgramWhere, { nullable: true }) where: ProgramWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<ProgramConnection> {
    const names = filter?.nameContains != null ? { contains: filter.nameContains } : null;
    return ctx.programs.list({ AND: [{ names }, where ?? {}] }, pageWindow(page));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that runs it.' })
  runBy(@Root() program: Program, @Ctx() ctx: GraphContext): Promise<Organization | null> {
    return ctx.organizations.byId(program.runById);
  }
}
