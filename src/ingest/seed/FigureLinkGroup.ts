import { z } from 'zod';

/** A curated statement that figures (`<article id>:<figure id>`) agree, nearly agree or conflict. */
export const FigureLinkGroupSchema = z.object({
  figures: z.array(z.string().regex(/^[^:]+:[^:]+$/)).min(2),
  relation: z.enum(['same', 'close_but_different', 'conflicts']),
  scope: z.enum(['cross-article', 'within-article']),
  derived: z.boolean().default(false),
  confidence: z.string().nullable().default(null),
  reason: z.string().min(1).max(500),
});

export type FigureLinkGroup = z.output<typeof FigureLinkGroupSchema>;

export interface FigureLinkRow {
  fromId: string;
  toId: string;
  relation: 'same' | 'close' | 'conflict';
  reason: string;
  derived: boolean;
  confidence: string | null;
  withinArticle: boolean;
}

const relationOf = { same: 'same', close_but_different: 'close', conflicts: 'conflict' } as const;

const articleOf = (figureId: string) => figureId.split(':')[0];

/**
 * Pairs within a group. A conflict, or a group within one article, names the claim first and the
 * figures it is checked against after it, so the claim is linked to each of them (and a percentage
 * is not paired with the counts it was computed from). A cross-article group pairs every two
 * figures of different articles.
 */
export function figureLinkRows(group: FigureLinkGroup): FigureLinkRow[] {
  const rows: FigureLinkRow[] = [];
  const base = {
    relation: relationOf[group.relation],
    reason: group.reason,
    derived: group.derived,
    confidence: group.confidence,
    withinArticle: group.scope === 'within-article',
  };
  const [first, ...rest] = group.figures as [string, ...string[]];
  if (group.relation === 'conflicts' || group.scope === 'within-article') return rest.map((toId) => ({ fromId: first, toId, ...base }));
  group.figures.forEach((fromId, i) => {
    for (const toId of group.figures.slice(i + 1)) {
      if (articleOf(fromId) !== articleOf(toId)) rows.push({ fromId, toId, ...base });
    }
  });
  return rows;
}
