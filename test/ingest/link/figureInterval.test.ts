import { describe, expect, it } from 'vitest';
import { figureInterval, type WordedValue } from '../../../src/ingest/link/figureInterval.js';

const worded = (value: number, valueText: string, qualifier: string | null = null, approximate = qualifier !== null): WordedValue => ({
  value,
  valueText,
  qualifier,
  approximate,
});
const range = (figure: WordedValue) => {
  const { low, high, lowIncluded, highIncluded } = figureInterval(figure);
  return `${lowIncluded ? '[' : '('}${low}, ${high}${highIncluded ? ']' : ')'}`;
};

describe('figureInterval', () => {
  it('reads the rounding from the digits as printed, keeping at least two significant digits', () => {
    expect(figureInterval(worded(410000, '410,000')).rounding).toBe(10_000);
    expect(figureInterval(worded(400000, 'Nearly 400,000', 'nearly')).rounding).toBe(10_000);
    expect(figureInterval(worded(68000, 'Nearly 68,000', 'nearly')).rounding).toBe(1_000);
    expect(figureInterval(worded(396906, '396,906')).rounding).toBe(1);
    expect(figureInterval(worded(80, '80 percent')).rounding).toBe(1);
    expect(figureInterval(worded(1, 'less than a 1 percent', 'less than')).rounding).toBe(1);
    expect(figureInterval(worded(2_400_000, 'more than 2.4 million', 'more than')).rounding).toBeCloseTo(100_000);
    expect(figureInterval(worded(1_500_000_000, '$1.5 billion')).rounding).toBeCloseTo(100_000_000);
  });

  it('falls back to the value when the text prints no matching number', () => {
    expect(figureInterval(worded(66.67, 'more than two-thirds', 'more than')).rounding).toBeCloseTo(0.01);
    expect(figureInterval(worded(2, 'about twice', 'about')).rounding).toBe(1);
    expect(figureInterval(worded(409000, 'four hundred nine thousand')).rounding).toBe(1_000);
  });

  it('takes an unqualified round number as rounded to its last digit', () => {
    expect(range(worded(410000, '410,000'))).toBe('[405000, 415000)');
    expect(range(worded(396906, '396,906'))).toBe('[396905.5, 396906.5)');
  });

  it('narrows "nearly" to below the number and widens "about" to both sides', () => {
    expect(range(worded(410000, 'nearly 410,000', 'nearly'))).toBe('[400000, 410000]');
    expect(range(worded(410000, 'almost 410,000', 'almost'))).toBe('[400000, 410000]');
    expect(range(worded(55, 'About 55 percent', 'about'))).toBe('[54, 56]');
    expect(range(worded(300000, 'around 300,000', 'Around'))).toBe('[290000, 310000]');
  });

  it('bounds "more than" and "less than" by a tenth of the number, or one rounding step', () => {
    expect(range(worded(410000, 'more than 410,000', 'more than'))).toBe('(410000, 451000]');
    expect(range(worded(70, 'slightly more than 70 percent', 'more than'))).toBe('(70, 77]');
    expect(range(worded(30, 'less than 30 percent', 'less than'))).toBe('[27, 30)');
    expect(range(worded(1, 'less than a 1 percent', 'less than'))).toBe('[0, 1)');
    expect(range(worded(5000, 'at least 5,000', 'at least'))).toBe('[5000, 5500]');
    expect(range(worded(5000, 'up to 5,000', 'up to'))).toBe('[4500, 5000]');
  });

  it('reads an approximate figure with an unknown qualifier as "about"', () => {
    expect(range(worded(410000, 'some 410,000', 'in the region of'))).toBe('[400000, 420000]');
    expect(range(worded(410000, '410,000', 'as many as', false))).toBe('[405000, 415000)');
  });
});
