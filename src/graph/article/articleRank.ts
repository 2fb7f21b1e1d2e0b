import type { ListRank } from '../query/buildList.js';
import Cypher from '@neo4j/cypher-builder';
import { ArticleSort } from './ArticleSort.js';

/** What each sort orders articles by before their key; null when by key alone. */
export function articleRank(sort: ArticleSort): ListRank | null {
  if (sort === ArticleSort.ID) return null;
  // Newest first; an undated article ranks '' and so comes last.
  return { expression: (article) => Cypher.coalesce(Cypher.toString(article.property('publishedOn')), new Cypher.Literal('')), descending: true };
}
