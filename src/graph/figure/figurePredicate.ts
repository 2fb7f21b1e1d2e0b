import Cypher from '@neo4j/cypher-builder';
import { articlePredicate } from '../article/articlePredicate.js';
import { speakerPredicate } from '../entity/speakerPredicate.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { combinedPredicate, listPredicate, relatedPredicate, toNode } from '../query/relationPredicates.js';
import { allOf, enumPredicate, equalsPredicate, floatPredicate, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import { quotePredicate } from '../quote/quotePredicate.js';
import type { FigureWhere } from './FigureWhere.js';

export function figurePredicate(figure: Cypher.Node, where: FigureWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(figure.property('id'), where.id, GraphLabel.FIGURE),
    stringPredicate(figure.property('measure'), where.measure),
    stringPredicate(figure.property('period'), where.period),
    stringPredicate(figure.property('scope'), where.scope),
    stringPredicate(figure.property('valueText'), where.valueText),
    enumPredicate(figure.property('unit'), where.unit),
    floatPredicate(figure.property('value'), where.value),
    equalsPredicate(figure.property('approximate'), where.approximate),
    relatedPredicate(
      toNode((article) => new Cypher.Pattern(figure).related({ type: 'REPORTED_IN' }).to(article, { labels: [GraphLabel.ARTICLE] })),
      where.article,
      articlePredicate,
    ),
    relatedPredicate(toNode((source) => new Cypher.Pattern(figure).related({ type: 'ATTRIBUTED_TO' }).to(source)), where.source, speakerPredicate),
    listPredicate(
      toNode((quote) => new Cypher.Pattern(quote, { labels: [GraphLabel.QUOTE] }).related({ type: 'ABOUT' }).to(figure)),
      where.quotes,
      quotePredicate,
    ),
  ]);
  return combinedPredicate(figure, where, own, figurePredicate);
}
