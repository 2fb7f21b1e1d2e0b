import Cypher from '@neo4j/cypher-builder';
import { articlePredicate } from '../article/articlePredicate.js';
import { speakerPredicate } from '../entity/speakerPredicate.js';
import { figurePredicate } from '../figure/figurePredicate.js';
import { GraphLabel } from '../node/GraphLabel.js';
import { combinedPredicate, listPredicate, relatedPredicate, toNode } from '../query/relationPredicates.js';
import { allOf, equalsPredicate, idPredicate, stringPredicate, type Predicate } from '../query/scalarPredicates.js';
import type { QuoteWhere } from './QuoteWhere.js';

export function quotePredicate(quote: Cypher.Node, where: QuoteWhere): Predicate | undefined {
  const own = allOf([
    idPredicate(quote.property('id'), where.id, GraphLabel.QUOTE),
    stringPredicate(quote.property('text'), where.text),
    equalsPredicate(quote.property('direct'), where.direct),
    relatedPredicate(toNode((speaker) => new Cypher.Pattern(speaker).related({ type: 'SAID' }).to(quote)), where.speaker, speakerPredicate),
    relatedPredicate(
      toNode((article) => new Cypher.Pattern(quote).related({ type: 'REPORTED_IN' }).to(article, { labels: [GraphLabel.ARTICLE] })),
      where.article,
      articlePredicate,
    ),
    listPredicate(
      toNode((figure) => new Cypher.Pattern(quote).related({ type: 'ABOUT' }).to(figure, { labels: [GraphLabel.FIGURE] })),
      where.figures,
      figurePredicate,
    ),
  ]);
  return combinedPredicate(quote, where, own, quotePredicate);
}
