import type { Database } from '../../neo4j/Database.js';
import type { Deadline } from '../../neo4j/Deadline.js';
import { badUserInput } from '../../errors/badUserInput.js';
import type { EntityKind } from '../entity/EntityKind.js';
import type { GraphLabel } from '../node/GraphLabel.js';
import type { GraphPath } from './GraphPath.js';
import type { PathStep } from './PathStep.js';

export const MAX_HOPS = 4;
/** A PART_OF or RUN_BY step may rest on thousands of articles (ICE is part of DHS in most); a path shows the first few. */
export const ARTICLES_PER_STEP = 20;

interface PathRow {
  nodes: { id: string; label: GraphLabel }[];
  steps: { type: string; startId: string; endId: string; article: string | null; articles: string[] | null; start: number | null; end: number | null }[];
}

export interface EntityKey {
  kind: EntityKind;
  id: string;
}

export class PathService {
  constructor(
    private readonly db: Database,
    private readonly deadline: Deadline,
  ) {}

  async shortest(from: EntityKey, to: EntityKey, maxHops: number, limit: number): Promise<GraphPath[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw badUserInput(`maxHops must be between 1 and ${MAX_HOPS}`, { argumentName: 'maxHops' });
    }
    // Neo4j refuses a shortest path from a node to itself; there is nothing to connect.
    if (from.kind === to.kind && from.id === to.id) return [];
    const rows = (await this.db.read('find-paths', {
      fromId: from.id, fromLabel: from.kind, toId: to.id, toLabel: to.kind, maxHops, limit, articlesPerStep: ARTICLES_PER_STEP,
    }, this.deadline)) as unknown as PathRow[];
    return rows.map((row) => ({
      length: row.steps.length,
      steps: row.steps.map((step, index): PathStep => {
        const [here, next] = [row.nodes[index]!, row.nodes[index + 1]!];
        // The article a step rests on: named by the relationship, or the article at either end of it.
        const ends = [here, next].filter((node) => node.label === 'Article').map((node) => node.id);
        return {
          type: step.type,
          reversed: step.startId !== here.id,
          from: here,
          to: next,
          articleIds: [...new Set([...(step.article ? [step.article] : []), ...(step.articles ?? []), ...ends])],
          span: step.start !== null && step.end !== null ? { start: step.start, end: step.end } : null,
        };
      }),
    }));
  }
}
