import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import type { ListProjection, ProjectionDepth } from '../query/ListProjection.js';
import { articleNode } from '../article/articleNode.js';
import { speakerNode } from '../entity/speakerNode.js';

/**
 * A figure as cypher/queries/get-figures.cypher returns it (a test holds the two equal); `own`
 * leaves out its article and source, keeping their ids' place: articleId and the span.
 */
export function figureProjection(figure: Cypher.Node, depth: ProjectionDepth = 'whole'): ListProjection {
  const span = new Cypher.Relationship();
  const article = new Cypher.Node();
  const period = new Cypher.Node();
  const source = new Cypher.Node();
  const node = new Cypher.Variable();
  const subquery = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(figure).related(span, { type: 'REPORTED_IN' }).to(article, { labels: [GraphLabel.ARTICLE] })),
    new Cypher.OptionalMatch(new Cypher.Pattern(figure).related({ type: 'FOR_PERIOD' }).to(period, { labels: ['Period'] })),
    ...(depth === 'whole' ? [new Cypher.OptionalMatch(new Cypher.Pattern(figure).related({ type: 'ATTRIBUTED_TO' }).to(source))] : []),
    new Cypher.Return([
      new Cypher.MapProjection(
        figure,
        ['id', 'value', 'valueText', 'approximate', 'qualifier', 'unit', 'measure', 'measureDetail', 'period', 'scope', 'derived'],
        {
          periodStart: Cypher.toString(period.property('start')),
          periodEnd: Cypher.toString(period.property('end')),
          articleId: article.property('id'),
          start: span.property('start'),
          end: span.property('end'),
          ...(depth === 'whole' ? { article: articleNode(article), source: speakerNode(source) } : {}),
        },
      ),
      node,
    ]),
  );
  return { subquery, node };
}
