import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from '../../errors/badUserInput.js';
import { decodeCursor, type CursorPosition } from './cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Where a page starts, which way it runs and how long it is, once checked. */
export interface PageWindow {
  limit: number;
  /** The row the page starts after (or, backward, ends before); null for the list's first (or last) page. */
  cursor: CursorPosition | null;
  backward: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start or after \`after\`: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor of this list: the page starts after its row.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end or before \`before\`, at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor of this list: the page ends before its row.' })
  before?: string | null;
}

function pageSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argumentName}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, { argumentName });
  }
  return value;
}

export function pageWindow(args: PageArgs): PageWindow {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    const argumentName = args.first != null ? 'first' : 'after';
    throw badUserInput('page forward with `first`/`after` or backward with `last`/`before`, not both', { argumentName });
  }
  if (backward) {
    return { limit: pageSize(args.last ?? DEFAULT_PAGE_SIZE, 'last'), cursor: args.before ? decodeCursor(args.before, 'before') : null, backward };
  }
  return { limit: pageSize(args.first ?? DEFAULT_PAGE_SIZE, 'first'), cursor: args.after ? decodeCursor(args.after, 'after') : null, backward };
}
