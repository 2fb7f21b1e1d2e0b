import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import type { ListRank } from '../query/buildList.js';
import { EntitySort } from './EntitySort.js';

/** What each sort orders speakers by before their key; null when by key (the slug of the name) alone. */
export function entityRank(sort: EntitySort): ListRank | null {
  if (sort === EntitySort.NAME) return null;
  return {
    expression: (speaker) => new Cypher.Count(new Cypher.Pattern(speaker).related({ type: 'SAID' }).to(new Cypher.Node(), { labels: [GraphLabel.QUOTE] })),
    descending: true,
  };
}
