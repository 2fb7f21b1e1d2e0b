import Cypher from '@neo4j/cypher-builder';
import { GraphLabel } from '../node/GraphLabel.js';
import { organizationPredicate } from '../organization/organizationPredicate.js';
import { combinedPredicate, relatedPredicate, toNode } from '../query/relationPredicates.js';
import { allOf, datePredicate, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import type { ArticleWhere } from './ArticleWhere.js';

export function articlePredicate(article: Cypher.Node, where: ArticleWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(article.property('id'), where.id, GraphLabel.ARTICLE),
    stringPredicate(article.property('title'), where.title),
    stringPredicate(article.property('url'), where.url),
    datePredicate(article.property('publishedOn'), where.publishedOn, 'publishedOn'),
    relatedPredicate(
      toNode((publisher) => new Cypher.Pattern(article).related({ type: 'PUBLISHED_BY' }).to(publisher, { labels: [GraphLabel.ORGANIZATION] })),
      where.publisher,
      organizationPredicate,
    ),
  ]);
  return combinedPredicate(article, where, own, articlePredicate);
}
