import Cypher from '@neo4j/cypher-builder';
import { articleNode } from '../article/articleNode.js';
import { speakerNode } from '../entity/speakerNode.js';
import { GraphLabel } from '../node/GraphLabel.js';
import type { ListProjection, ProjectionDepth } from '../query/ListProjection.js';

/**
 * A quote as cypher/queries/get-quotes.cypher returns it (a test holds the two equal); `own` leaves
 * out its article and speaker, keeping articleId and the span.
 */
export function quoteProjection(quote: Cypher.Node, depth: ProjectionDepth = 'whole'): ListProjection {
  const span = new Cypher.Relationship();
  const article = new Cypher.Node();
  const speaker = new Cypher.Node();
  const node = new Cypher.Variable();
  const subquery = Cypher.utils.concat(
    new Cypher.Match(new Cypher.Pattern(quote).related(span, { type: 'REPORTED_IN' }).to(article, { labels: [GraphLabel.ARTICLE] })),
    ...(depth === 'whole' ? [new Cypher.OptionalMatch(new Cypher.Pattern(speaker).related({ type: 'SAID' }).to(quote))] : []),
    new Cypher.Return([
      new Cypher.MapProjection(quote, ['id', 'text', 'direct', 'verb'], {
        articleId: article.property('id'),
        start: span.property('start'),
        end: span.property('end'),
        ...(depth === 'whole' ? { article: articleNode(article), speaker: speakerNode(speaker) } : {}),
      }),
      node,
    ]),
  );
  return { subquery, node };
}
