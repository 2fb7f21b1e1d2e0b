import type { ExtractedFigure } from './Extraction.js';

/**
 * A figure as found, before ids are given; `sentenceIndex` points into ArticleText.sentences and
 * `comparedFrom` marks the earlier value of a comparison ("down from 315,943", "1,400 a year earlier").
 */
export type FoundFigure = Omit<ExtractedFigure, 'id' | 'source'> & { sentenceIndex: number; comparedFrom: boolean };
