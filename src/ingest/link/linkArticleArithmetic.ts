import type { QueryRunner } from '../../neo4j/Database.js';
import { checkArticleArithmetic, type ArithmeticFigure } from './checkArticleArithmetic.js';

/**
 * Checks an article's own arithmetic inside its write transaction: each derived figure (a change
 * "A->B", a multiple) against the article's figures for periods A and B (see checkDerivedFigure),
 * and links one that does not add up to both with CONFLICTS_WITH (derived, within the article). One
 * read of the article's figures, one write when there is something to link. Returns how many links
 * were merged.
 */
export async function linkArticleArithmetic(tx: QueryRunner, articleId: string): Promise<number> {
  const [row] = await tx.run('list-article-arithmetic-figures', { articleId });
  if (!row) return 0;
  const links = checkArticleArithmetic(row.figures as ArithmeticFigure[]);
  if (links.length === 0) return 0;
  const [merged] = await tx.run('merge-computed-arithmetic-links', { links });
  return Number(merged?.links ?? 0);
}
