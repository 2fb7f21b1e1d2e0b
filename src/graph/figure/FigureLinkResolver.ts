import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';
import { Figure } from './Figure.js';
import { FigureLink } from './FigureLink.js';

@Resolver(() => FigureLink)
export class FigureLinkResolver {
  @FieldResolver(() => Figure, { description: 'The other figure.' })
  figure(@Root() link: FigureLink, @Ctx() ctx: GraphContext): Promise<Figure | null> {
    return ctx.figures.byId(link.figureId);
  }
}
