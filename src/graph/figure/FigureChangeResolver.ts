import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { Figure } from './Figure.js';
import { FigureChange } from './FigureChange.js';

@Resolver(() => FigureChange)
export class FigureChangeResolver {
  @FieldResolver(() => Figure)
  from(@Root() change: FigureChange, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.figures.byId(change.fromId);
  }

  @FieldResolver(() => Figure)
  to(@Root() change: FigureChange, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.figures.byId(change.toId);
  }
}
