import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';

/**
 * An article as cypher/queries/get-articles.cypher returns it, so that a figure's or a quote's
 * article needs no query of its own (a test holds them equal).
 */
export function articleNode(article: Cypher.Node): Cypher.Expr {
  const publisher = new Cypher.Node();
  const publisherIds = new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(article).related({ type: 'PUBLISHED_BY' }).to(publisher, { labels: [GraphLabel.ORGANIZATION] }))
      .return(publisher.property('id'))
      .limit(1),
  );
  return new Cypher.MapProjection(article, ['id', 'title', 'titleInferred', 'url', 'contentHash', 'textLength'], {
    publishedOn: Cypher.toString(article.property('publishedOn')),
    ingestedAt: Cypher.toString(article.property('ingestedAt')),
    publisherId: Cypher.head(publisherIds),
  });
}
