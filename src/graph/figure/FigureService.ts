import { badUserInput } from '../../errors/badUserInput.js';
import type { Article } from '../article/Article.js';
import type { Loaders } from '../loading/Loaders.js';
import type { Organization } from '../organization/Organization.js';
import type { Person } from '../person/Person.js';
import { NodeReader } from '../loading/NodeReader.js';
import type { PageWindow } from '../pagination/PageArgs.js';
import type { Figure } from './Figure.js';
import type { FigureChange } from './FigureChange.js';
import { FigureConnection } from './FigureConnection.js';
import { ArticleFigureConnection } from '../article/ArticleFigureConnection.js';
import type { FigureFilter } from './FigureFilter.js';
import type { FigureSort } from './FigureSort.js';
import { buildList } from '../query/buildList.js';
import { figurePredicate } from './figurePredicate.js';
import { figureProjection } from './figureProjection.js';
import { figureKeyPinned, figureRank } from './figureRank.js';
import { figureWhereOfFilter } from './figureWhereOfFilter.js';
import type { FigureWhere } from './FigureWhere.js';
import { FigureLinkConnection } from './FigureLinkConnection.js';
import type { FigureLink } from './FigureLink.js';
import type { FigureRelation } from './FigureRelation.js';
import { GraphLabel } from '../node/GraphLabel.js';
import type { Prefetch } from '../loading/Prefetch.js';
import { withPrefetch } from '../loading/withPrefetch.js';
import { quoteFigures } from './quoteFigures.js';

export class FigureService {
  private readonly reader: NodeReader<Figure>;

  constructor(private readonly loaders: Loaders) {
    this.reader = new NodeReader(loaders, 'get-figures', { label: GraphLabel.FIGURE, project: figureProjection }, (figure) => figure.article !== undefined);
  }

  byId(id: string, nested: Prefetch[] = []): Promise<Figure | null> {
    return this.reader.byId(id, nested);
  }

  /** The article that reports the figure; a figure read without it is read again, whole. */
  articleOf(figure: Figure): Promise<Article | null> {
    return this.reader.embedded(figure, 'article');
  }

  /** The source of the figure; a figure read without it is read again, whole. */
  sourceOf(figure: Figure): Promise<Person | Organization | null> {
    return this.reader.embedded(figure, 'source');
  }

  async list(where: FigureWhere, sort: FigureSort, window: PageWindow, nested: Prefetch[] = []): Promise<FigureConnection> {
    const project = withPrefetch(figureProjection, nested);
    const list = buildList(
      { label: GraphLabel.FIGURE, where: (figure) => figurePredicate(figure, where), rank: figureRank(sort, where), keyPinned: figureKeyPinned(where), project },
      window,
    );
    return new FigureConnection(await this.reader.built(list, window, nested));
  }

  /** The one figure a filter picks out; anything else is a question the caller must narrow. */
  private async single(filter: FigureFilter, argumentName: string): Promise<Figure> {
    const where = figureWhereOfFilter(filter);
    const window: PageWindow = { limit: 2, cursor: null, backward: false };
    const { page } = await this.reader.built(buildList({ label: GraphLabel.FIGURE, where: (figure) => figurePredicate(figure, where), rank: null }, window), window);
    if (page.nodes.length !== 1) {
      const found = page.nodes.length === 0 ? 'no figure' : 'more than one figure';
      throw badUserInput(`\`${argumentName}\` matches ${found}; it must pick out exactly one`, { argumentName });
    }
    return page.nodes[0]!;
  }

  async change(fromFilter: FigureFilter, toFilter: FigureFilter): Promise<FigureChange> {
    const [from, to] = await Promise.all([this.single(fromFilter, 'from'), this.single(toFilter, 'to')]);
    if (from.unit !== to.unit) throw badUserInput(`the figures have different units (${from.unit}, ${to.unit})`, { argumentName: 'to' });
    const difference = to.value - from.value;
    return { difference, percent: from.value === 0 ? null : (100 * difference) / Math.abs(from.value), fromId: from.id, toId: to.id };
  }

  async timeline(measure: string, scope: string | null, window: PageWindow): Promise<FigureConnection> {
    return new FigureConnection(await this.reader.list('list-timeline', window, { measure, scope }));
  }

  async inArticle(articleId: string, window: PageWindow): Promise<ArticleFigureConnection> {
    return new ArticleFigureConnection(await this.reader.related('list-article-figures', articleId, window));
  }

  async attributedTo(speakerId: string, label: string, window: PageWindow): Promise<FigureConnection> {
    return new FigureConnection(await this.reader.related('list-speaker-figures', speakerId, window, { label }));
  }

  async aboutQuote(quoteId: string, window: PageWindow, nested: Prefetch[] = []): Promise<FigureConnection> {
    return new FigureConnection(await this.reader.relatedList(quoteFigures, quoteId, window, nested));
  }

  async links(figureId: string, relations: FigureRelation[], window: PageWindow): Promise<FigureLinkConnection> {
    return new FigureLinkConnection(await this.loaders.related<FigureLink>('list-figure-links', window, { types: relations }).load(figureId));
  }
}
