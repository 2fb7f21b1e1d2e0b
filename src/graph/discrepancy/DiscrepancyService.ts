import { badUserInput } from '../../errors/badUserInput.js';
import { FigureRelation } from '../figure/FigureRelation.js';
import type { Loaders } from '../loading/Loaders.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Discrepancy } from './Discrepancy.js';
import { DiscrepancyConnection } from './DiscrepancyConnection.js';
import type { DiscrepancyFilter } from './DiscrepancyFilter.js';
import { keyOf } from '../node/globalId.js';
import { GraphLabel } from '../node/GraphLabel.js';

export class DiscrepancyService {
  constructor(private readonly loaders: Loaders) {}

  async list(filter: DiscrepancyFilter, window: PageWindow): Promise<DiscrepancyConnection> {
    const relations = filter.relations ?? [FigureRelation.CONFLICT, FigureRelation.CLOSE_BUT_DIFFERENT];
    if (relations.includes(FigureRelation.SAME_QUANTITY) || relations.includes(FigureRelation.RESTATES)) {
      throw badUserInput('SAME_QUANTITY and RESTATES figures agree; ask Figure.links for them', { argumentName: 'relations' });
    }
    if (filter.maxPercent != null && filter.maxPercent < 0) throw badUserInput('maxPercent cannot be negative', { argumentName: 'maxPercent' });
    const data = await this.loaders.list<Discrepancy>('list-discrepancies', window, {
      types: relations,
      measure: filter.measure ?? null,
      articleId: filter.articleId ? keyOf(filter.articleId, GraphLabel.ARTICLE) : null,
      withinArticle: filter.withinArticle ?? null,
      maxPercent: filter.maxPercent ?? null,
    });
    return new DiscrepancyConnection(data);
  }
}
