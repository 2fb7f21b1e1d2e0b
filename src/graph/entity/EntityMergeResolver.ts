import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { Entity } from './Entity.js';
import type { AnyEntity } from './EntityService.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

@Resolver()
export class EntityMergeResolver {
  @Authorized()
  @Mutation(() => Entity, {
    description: 'Folds a duplicate into the entity to keep (both people, organisations or programs): its relationships move over, its names become aliases, and it is deleted. Needs the API token.',
  })
  mergeEntities(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeId', () => ID) mergeId: string,
    @Ctx() ctx: GraphContext,
  ): Promise<AnyEntity> {
    const entity = [GraphLabel.PERSON, GraphLabel.ORGANIZATION, GraphLabel.PROGRAM];
    return ctx.entityMerges.merge(keyOf(keepId, ...entity), keyOf(mergeId, ...entity));
  }
}
