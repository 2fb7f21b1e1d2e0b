import type { QueryRunner } from '../../neo4j/Database.js';
import { linkArticleArithmetic } from './linkArticleArithmetic.js';
import { CLOSE_RATIO, relateFigures, type FigureRelationFinding, type LinkFigure } from './relateFigures.js';

interface ComputedLink extends FigureRelationFinding {
  fromId: string;
  toId: string;
  withinArticle: boolean;
}

/** Most candidates of each kind (same period, other periods) a figure is compared with: its nearest values. */
const CANDIDATES_PER_FIGURE = 10;

/**
 * Links an article's figures, inside its write transaction, to the figures of other articles and
 * of itself that are the same quantity, close but different, or in conflict (see relateFigures).
 * A figure that repeats another article's words is linked to that first statement only (RESTATES)
 * and shares its relations. Locks the measures of the article's first statements, so that
 * concurrent linkers of one measure go one after the other, each seeing the figures of those before
 * it; then one read of the candidates, one write of the links. Alongside, checks the article's own
 * arithmetic (linkArticleArithmetic: its derived figures against the figures they are computed
 * from). Returns how many links were merged.
 */
export async function linkArticleFigures(tx: QueryRunner, articleId: string): Promise<number> {
  // The statements of a transaction run in the order they are sent, so the restatements, the lock and
  // the candidates' read go out one behind the other, without waiting for each other. The arithmetic
  // check's read goes out with them rather than after the links' write, saving a round trip; the two
  // never link the same pair (value links leave derived figures out, arithmetic links always have
  // one), so their order does not matter.
  const [[restated], , rows, arithmeticLinks] = await Promise.all([
    tx.run('merge-restatements', { articleId }),
    tx.run('lock-article-measures', { articleId }),
    tx.run('list-figure-link-candidates', { articleId, closeRatio: CLOSE_RATIO, perFigure: CANDIDATES_PER_FIGURE }),
    linkArticleArithmetic(tx, articleId),
  ]);
  const links: ComputedLink[] = rows.flatMap((row) => {
    const from = row.figure as LinkFigure;
    return (row.candidates as LinkFigure[]).flatMap((to) => {
      const withinArticle = to.articleId === articleId;
      // A pair within the article comes up from both of its figures; one is enough.
      if (withinArticle && to.id < from.id) return [];
      const finding = relateFigures(from, to);
      return finding ? [{ fromId: from.id, toId: to.id, withinArticle, ...finding }] : [];
    });
  });
  const [merged] = links.length > 0 ? await tx.run('merge-computed-figure-links', { links }) : [];
  return Number(restated?.restatements ?? 0) + Number(merged?.links ?? 0) + arithmeticLinks;
}
