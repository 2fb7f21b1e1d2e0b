import { Figure } from '../figure/Figure.js';
import { Connection } from '../pagination/Connection.js';
import { ReportedIn } from './ReportedIn.js';

/** An article's figures, each edge with where the article states it. */
export const ArticleFigureConnection = Connection<Figure>(() => Figure, 'ArticleFigure', {
  type: () => ReportedIn,
  of: (figure): ReportedIn => ({ span: { start: figure.start, end: figure.end } }),
});
export type ArticleFigureConnection = InstanceType<typeof ArticleFigureConnection>;
