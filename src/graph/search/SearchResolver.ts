import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ALL_ENTITY_KINDS, EntityKind } from '../entity/EntityKind.js';
import type { GraphContext } from '../GraphContext.js';
import { DEFAULT_PAGE_SIZE, pageWindow } from '../pagination/PageArgs.js';
import { SearchHit } from './SearchHit.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'People, organisations and programs by name or alias, case-insensitive, best match first.' })
  search(
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: GraphContext,
  ): Promise<SearchHit[]> {
    return ctx.search.entitiesByName(text, kinds ?? ALL_ENTITY_KINDS, pageWindow({ first }).limit);
  }
}
