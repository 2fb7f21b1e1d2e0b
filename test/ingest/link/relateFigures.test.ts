import { describe, expect, it } from 'vitest';
import { CLOSE_RATIO, relateFigures, type LinkFigure } from '../../../src/ingest/link/relateFigures.js';

let next = 0;
const figure = (value: number, valueText: string, more: Partial<LinkFigure> = {}): LinkFigure => ({
  id: `a:f${++next}`,
  articleId: 'a',
  value,
  valueText,
  qualifier: null,
  approximate: false,
  unit: 'people',
  measureId: 'removals',
  period: 'FY2012',
  scope: 'nationwide',
  derived: false,
  ...more,
});
const nearly = (value: number, valueText: string, more: Partial<LinkFigure> = {}) => figure(value, valueText, { qualifier: 'nearly', approximate: true, ...more });

describe('relateFigures', () => {
  it('finds the same quantity in one period when the wordings allow a common value', () => {
    const finding = relateFigures(nearly(410000, 'nearly 410,000'), figure(409000, '409,000', { articleId: 'b', id: 'b:f1' }));
    expect(finding).toEqual({
      relation: 'same',
      reason: "same measure, scope and period (FY2012); 'nearly 410,000' allows 400,000–410,000 and '409,000' allows 408,500–409,500; they overlap",
    });
    expect(relateFigures(nearly(400000, 'Nearly 400,000', { period: 'FY2011' }), figure(396906, '396,906', { period: 'FY2011' }))).toEqual({
      relation: 'same',
      reason: "same measure, scope and period (FY2011); 'Nearly 400,000' allows 390,000–400,000, which contains 396,906",
    });
    expect(relateFigures(nearly(68000, 'Nearly 68,000'), figure(67897, '67,897'))?.relation).toBe('same');
    expect(relateFigures(figure(67897, '67,897'), figure(67897, '67,897', { articleId: 'b' }))?.reason).toContain("'67,897' and '67,897' state the same value");
  });

  it('finds a conflict between articles in one period when the wordings allow no common value', () => {
    const finding = relateFigures(nearly(410000, 'nearly 410,000'), figure(380000, '380,000', { articleId: 'b' }));
    expect(finding).toEqual({
      relation: 'conflict',
      reason: "same measure, scope and period (FY2012), but 'nearly 410,000' allows 400,000–410,000 and '380,000' allows 375,000–385,000; they do not overlap",
    });
    expect(relateFigures(nearly(410000, 'nearly 410,000'), figure(411000, '411,000', { articleId: 'b' }))?.relation).toBe('conflict');
    expect(relateFigures(figure(1215, '1,215'), figure(1216, '1,216', { articleId: 'b' }))).toMatchObject({ relation: 'conflict', reason: expect.stringContaining("'1,215' and '1,216' differ") });
    expect(relateFigures(nearly(410000, 'nearly 410,000'), figure(410000, 'more than 410,000', { articleId: 'b', qualifier: 'more than', approximate: true }))?.reason).toContain(
      "'more than 410,000' allows more than 410,000 (up to 451,000); they do not overlap",
    );
  });

  it('does not let an article contradict itself: two values of one period are two things', () => {
    const lessThan30 = figure(30, 'less than 30 percent', { unit: 'percent', measureId: 'latino-vote-share', period: '2012', qualifier: 'less than', approximate: true });
    const moreThan70 = figure(70, 'slightly more than 70 percent', { unit: 'percent', measureId: 'latino-vote-share', period: '2012', qualifier: 'more than', approximate: true });
    expect(relateFigures(lessThan30, moreThan70)).toBeUndefined();
    expect(relateFigures(lessThan30, { ...moreThan70, articleId: 'b' })?.relation).toBe('conflict');
  });

  it('finds figures of different periods within 10% close but different', () => {
    const fy2011 = figure(216698, '216,698', { measureId: 'criminal-removals', period: 'FY2011' });
    const fy2013 = figure(216000, '216,000', { measureId: 'criminal-removals', period: 'FY2013', articleId: 'b' });
    expect(relateFigures(fy2011, fy2013)).toEqual({
      relation: 'close',
      reason: 'same measure and scope in different periods: 216,698 (FY2011) vs 216,000 (FY2013), 0.3% apart; easy to conflate, not the same quantity',
    });
    expect(relateFigures(figure(55, 'About 55 percent', { unit: 'percent' }), figure(55, 'nearly 55%', { unit: 'percent', period: 'FY2011' }))?.reason).toContain('55% (FY2012) vs 55% (FY2011), 0% apart');
    expect(relateFigures(figure(100, '100'), figure(100 * (1 - CLOSE_RATIO), '90', { period: 'FY2011' }))?.relation).toBe('close');
    expect(relateFigures(figure(100, '100'), figure(89, '89', { period: 'FY2011' }))).toBeUndefined();
    expect(relateFigures(figure(0, '0'), figure(0, '0', { period: 'FY2011' }))?.relation).toBe('close');
  });

  it('relates only figures of one measure, unit and scope (scope case-insensitive, none with none)', () => {
    const base = figure(409000, '409,000');
    expect(relateFigures(base, figure(409000, '409,000', { measureId: 'families-separated' }))).toBeUndefined();
    expect(relateFigures(base, figure(409000, '409,000', { unit: 'other' }))).toBeUndefined();
    expect(relateFigures(base, figure(409000, '409,000', { scope: 'Houston' }))).toBeUndefined();
    expect(relateFigures(base, figure(409000, '409,000', { scope: 'Nationwide' }))?.relation).toBe('same');
    expect(relateFigures(base, figure(409000, '409,000', { scope: null }))).toBeUndefined();
    expect(relateFigures(figure(1, '1', { scope: null }), figure(1, '1', { scope: null }))?.relation).toBe('same');
  });

  it('leaves out figures without a period and derived figures', () => {
    expect(relateFigures(figure(80, '80 percent', { period: null }), figure(80, '80 percent', { period: null }))).toBeUndefined();
    expect(relateFigures(figure(80, '80 percent', { period: null }), figure(80, '80 percent'))).toBeUndefined();
    const change = (value: number, text: string) => figure(value, text, { unit: 'percent', measureId: 'change-in-criminal-removals', period: 'FY2014->FY2015', derived: true });
    expect(relateFigures(change(25, 'nearly 25 percent'), change(23.2, '23.2 percent'))).toBeUndefined();
    const same = figure(5, '5');
    expect(relateFigures(same, same)).toBeUndefined();
  });
});
