import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { prefetchesOf } from '../prefetchesOf.js';
import { FigureConnection } from '../figure/FigureConnection.js';
import type { GraphContext } from '../GraphContext.js';
import { PageArgs, pageWindow } from '../pagination/PageArgs.js';
import { QuoteConnection } from '../quote/QuoteConnection.js';
import { EntityFieldsResolver } from './EntityFieldsResolver.js';

/** Fields of entities that can speak: what they said and the figures attributed to them. */
export function SpeakerFieldsResolver<T extends { id: string }>(type: ClassType<T>, label: 'Person' | 'Organization') {
  @Resolver(() => type)
  abstract class SpeakerFields extends EntityFieldsResolver(type, label) {
    @FieldResolver(() => QuoteConnection, { description: 'What it said, directly or in reported speech.' })
    quotes(@Root() speaker: T, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo): Promise<QuoteConnection> {
      return ctx.quotes.saidBy(speaker.id, label, pageWindow(page), prefetchesOf(info));
    }

    @FieldResolver(() => FigureConnection, { description: 'Figures the articles attribute to it as their source.' })
    figures(@Root() speaker: T, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GraphContext): Promise<FigureConnection> {
      return ctx.figures.attributedTo(speaker.id, label, pageWindow(page));
    }
  }
  return SpeakerFields;
}
