import { figureQuotes } from './quote/figureQuotes.js';
import { quoteFigures } from './figure/quoteFigures.js';
import { prefetchOf, type EmbeddedFields, type PrefetchableFields } from './loading/prefetchOf.js';
import { speakerQuotes } from './quote/speakerQuotes.js';

/** The relationship lists a statement reads ahead for a selection: the ones deep selections ask most. */
const PREFETCHABLE: PrefetchableFields = {
  Person: { quotes: () => speakerQuotes('Person') },
  Organization: { quotes: () => speakerQuotes('Organization') },
  Quote: { aboutFigures: () => quoteFigures },
  Figure: { quotes: (args) => (args.speakerAffiliation == null ? figureQuotes : null) },
};

/** The fields that answer from a read-ahead node's embedded article, speaker or source (see QuoteResolver, FigureResolver). */
const EMBEDDED: EmbeddedFields = {
  Quote: ['article', 'speaker'],
  Figure: ['article', 'source'],
};

/** What the selection under a connection field asks of its nodes, to be read in the field's own statement. */
export const prefetchesOf = prefetchOf(PREFETCHABLE, EMBEDDED);
