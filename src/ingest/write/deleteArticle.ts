import type { ArticleWriter } from './writeArticle.js';

export interface DeleteResult {
  figures: number;
  quotes: number;
  entities: number;
  measures: number;
  periods: number;
}

/**
 * Removes an article, its figures and quotes (with their links), and the entities, measures and
 * periods nothing else refers to afterwards; one transaction. Null when there is no such article.
 */
export async function deleteArticle(db: ArticleWriter, id: string): Promise<DeleteResult | null> {
  return db.writeTransaction(async (tx) => {
    const [found] = await tx.run('find-article-dependents', { id });
    if (!found) return null;
    await tx.run('delete-article-facts', { articleId: id });
    const [orphans] = await tx.run('delete-article', { id, entities: found.entities, measureIds: found.measureIds, periodIds: found.periodIds });
    return {
      figures: Number(found.figures),
      quotes: Number(found.quotes),
      entities: Number(orphans?.entities ?? 0),
      measures: Number(orphans?.measures ?? 0),
      periods: Number(orphans?.periods ?? 0),
    };
  });
}
