import { Field, ObjectType } from 'type-graphql';
import type { GraphLabel } from '../node/GraphLabel.js';

/** One relationship of a path, walked from `from` to `to` whichever way it points in the graph. */
@ObjectType()
export class PathStep {
  @Field(() => String, { description: 'The relationship type: SAID, ABOUT, MENTIONS, HOLDS_ROLE...' })
  type!: string;

  @Field(() => Boolean, { description: 'The relationship points from `to` to `from` in the graph.' })
  reversed!: boolean;

  from!: { id: string; label: GraphLabel };
  to!: { id: string; label: GraphLabel };
  /** Articles that state this relationship, where the relationship itself names them. */
  articleIds!: string[];
  span!: { start: number; end: number } | null;
}
