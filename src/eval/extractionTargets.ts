/** The quality the extractor must reach on the development set (the evaluation's README). */
export interface ExtractionTarget {
  label: string;
  /** Path into the scorer's --json summary. */
  path: string[];
  minimum: number;
}

export const EXTRACTION_TARGETS: ExtractionTarget[] = [
  { label: 'quotes F1 (coverage >= 0.3)', path: ['quotesLoose', 'f1'], minimum: 0.9 },
  { label: 'quotes F1 (coverage >= 0.8)', path: ['quotesStrict', 'f1'], minimum: 0.85 },
  { label: 'speaker accuracy', path: ['speakerAccuracy', 'accuracy'], minimum: 0.9 },
  { label: 'figures F1', path: ['figures', 'f1'], minimum: 0.92 },
  { label: 'figure unit accuracy', path: ['figureAttributes', 'unit', 'accuracy'], minimum: 0.9 },
  { label: 'figure approximate accuracy', path: ['figureAttributes', 'approximate', 'accuracy'], minimum: 0.9 },
  { label: 'figure period accuracy', path: ['figureAttributes', 'period', 'accuracy'], minimum: 0.9 },
  { label: 'figure measure accuracy', path: ['figureAttributes', 'measure', 'accuracy'], minimum: 0.75 },
  { label: 'people F1', path: ['people', 'f1'], minimum: 0.9 },
  { label: 'organisations F1', path: ['organizations', 'f1'], minimum: 0.9 },
];
