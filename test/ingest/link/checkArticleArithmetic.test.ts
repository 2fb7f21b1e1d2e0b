import { describe, expect, it } from 'vitest';
import {
  changedMeasureId,
  checkArticleArithmetic,
  checkDerivedFigure,
  statedDirection,
  type ArithmeticFigure,
} from '../../../src/ingest/link/checkArticleArithmetic.js';

/** A figure of one made-up article; numbers are invented for the tests. */
function figure(id: string, value: number, valueText: string, fields: Partial<ArithmeticFigure> = {}): ArithmeticFigure {
  return {
    id,
    value,
    valueText,
    qualifier: null,
    approximate: false,
    unit: 'people',
    measureId: 'arrests',
    measureDetail: null,
    period: null,
    scope: 'nationwide',
    derived: false,
    ...fields,
  };
}

const change = (id: string, value: number, valueText: string, fields: Partial<ArithmeticFigure> = {}) =>
  figure(id, value, valueText, { unit: 'percent', measureId: 'change-in-arrests', period: 'FY2014->FY2015', derived: true, ...fields });
const nearly = { qualifier: 'nearly', approximate: true };
const fy2014 = figure('a:f2', 200_000, '200,000', { period: 'FY2014' });
const fy2015 = figure('a:f3', 150_000, '150,000', { period: 'FY2015' });

describe('checkDerivedFigure: a change in percent', () => {
  it('adds up when the actual change lies in what the wording allows', () => {
    // 200,000 → 150,000 is a 25% decline; "nearly 25 percent" allows 24–25.
    const check = checkDerivedFigure(change('a:f1', 25, '25 percent', nearly), [fy2014, fy2015]);
    expect(check).toMatchObject({ kind: 'percent-change', addsUp: true, sourceIds: ['a:f2', 'a:f3'], actual: 25, delta: 0 });
    expect(checkArticleArithmetic([change('a:f1', 25, '25 percent', nearly), fy2014, fy2015])).toEqual([]);
  });

  it('does not add up outside it, and says by how much in percentage points', () => {
    const claim = change('a:f1', 30, '30 percent', nearly);
    const check = checkDerivedFigure(claim, [fy2014, fy2015]);
    expect(check).toMatchObject({ addsUp: false, actual: 25, delta: -5 });
    expect(check?.reason).toBe(
      "stated change of 'nearly 30 percent' (allows 29%–30%), but 200,000 (FY2014) → 150,000 (FY2015) is a 25% decline; the wording's direction is not recorded, so sizes are compared",
    );
    expect(checkArticleArithmetic([claim, fy2014, fy2015])).toEqual([
      { fromId: 'a:f1', toId: 'a:f2', reason: check!.reason, delta: -5 },
      { fromId: 'a:f1', toId: 'a:f3', reason: check!.reason, delta: -5 },
    ]);
  });

  it('reads the seed 000 case as the gold does: 177,960 → 136,700 is 23.2%, not "nearly 25 percent"', () => {
    const claim = change('s:f1', 25, 'nearly 25 percent', { ...nearly, measureId: 'change-in-criminal-removals', measureDetail: 'decline in removals of convicted criminals' });
    const sources = [
      figure('s:f2', 177_960, '177,960', { measureId: 'criminal-removals', period: 'FY2014' }),
      figure('s:f3', 136_700, '136,700', { measureId: 'criminal-removals', period: 'FY2015' }),
    ];
    const check = checkDerivedFigure(claim, sources);
    expect(check?.addsUp).toBe(false);
    expect(check?.actual).toBeCloseTo(23.185, 3);
    expect(check?.delta).toBeCloseTo(-1.815, 3);
    expect(check?.reason).toBe("stated decline of 'nearly 25 percent' (allows 24%–25%), but 177,960 (FY2014) → 136,700 (FY2015) is a 23.2% decline");
  });

  it('allows a plain percentage its rounding: "42 percent" is 41.5 to 42.5', () => {
    const start = figure('a:f2', 100_000, '100,000', { period: 'FY2014' });
    const at = (end: number) => checkDerivedFigure(change('a:f1', 42, '42 percent'), [start, figure('a:f3', end, String(end), { period: 'FY2015' })]);
    expect(at(58_000)?.addsUp).toBe(true); // 42%
    expect(at(57_600)?.addsUp).toBe(true); // 42.4%
    expect(at(57_400)?.addsUp).toBe(false); // 42.6%
    expect(at(58_600)?.addsUp).toBe(false); // 41.4%
  });

  it('takes a bound one-sided: "more than 20 percent" is true of a 25% decline, "less than 20 percent" is not', () => {
    const more = change('a:f1', 20, '20 percent', { qualifier: 'more than', approximate: true });
    const less = change('a:f1', 20, '20 percent', { qualifier: 'less than', approximate: true });
    expect(checkDerivedFigure(more, [fy2014, fy2015])?.addsUp).toBe(true);
    expect(checkDerivedFigure(less, [fy2014, fy2015])?.addsUp).toBe(false);
  });

  it('compares the direction when the graph records it, and sizes otherwise', () => {
    const rise = [fy2014, figure('a:f3', 250_000, '250,000', { period: 'FY2015' })];
    expect(checkDerivedFigure(change('a:f1', 25, '25 percent'), rise)?.addsUp).toBe(true);
    const declined = checkDerivedFigure(change('a:f1', 25, '25 percent', { measureDetail: 'decline in arrests' }), rise);
    expect(declined).toMatchObject({ addsUp: false, actual: -25, delta: -50 });
    expect(declined?.reason).toContain('is a 25% increase');
    expect(checkDerivedFigure(change('a:f1', 25, '25 percent', { measureId: 'increase-in-arrests' }), rise)?.addsUp).toBe(true);
  });

  it('uses the interval of a hedged source figure', () => {
    // "about 200,000" allows 190,000–210,000: from 150,000 a decline of 21% to 28.6%.
    const about = figure('a:f2', 200_000, '200,000', { period: 'FY2014', qualifier: 'about', approximate: true });
    expect(checkDerivedFigure(change('a:f1', 28, '28 percent'), [about, fy2015])?.addsUp).toBe(true);
    expect(checkDerivedFigure(change('a:f1', 30, '30 percent'), [about, fy2015])?.addsUp).toBe(false);
  });
});

describe('checkDerivedFigure: a change as a count', () => {
  const decline = (value: number, text: string) =>
    figure('s:f9', value, text, { measureId: 'change-in-removals', period: 'FY2014->FY2015', derived: true, measureDetail: 'one-year decline in removals' });
  const sources = [
    figure('s:f4', 315_943, '315,943', { measureId: 'removals', period: 'FY2014' }),
    figure('s:f5', 231_000, '231,000', { measureId: 'removals', period: 'FY2015' }),
  ];

  it('does not add up when the difference is outside the rounding of the stated count (seed 000: 84,000 vs 84,943)', () => {
    const check = checkDerivedFigure(decline(84_000, '84,000'), sources);
    expect(check).toMatchObject({ kind: 'count-change', addsUp: false, actual: 84_943, delta: 943, sourceIds: ['s:f4', 's:f5'] });
    expect(check?.reason).toBe("stated decline of '84,000' (allows 83,500–84,500), but 315,943 (FY2014) → 231,000 (FY2015) is a decline of 84,943");
  });

  it('adds up within it', () => {
    expect(checkDerivedFigure(decline(85_000, '85,000'), sources)?.addsUp).toBe(true);
    expect(checkDerivedFigure(decline(84_943, '84,943'), sources)?.addsUp).toBe(true);
    expect(checkDerivedFigure(decline(85_000, '85,000'), sources)?.delta).toBe(-57);
  });

  it('needs the count in the unit of its sources', () => {
    const families = decline(84_000, '84,000');
    expect(checkDerivedFigure({ ...families, unit: 'other' }, sources)).toBeUndefined();
  });
});

describe('checkDerivedFigure: a multiple', () => {
  const twice = (qualifier: string | null) =>
    figure('m:f4', 2, 'twice', { unit: 'other', qualifier, approximate: qualifier !== null, measureId: 'change-in-criminal-removals', period: 'FY2008->FY2012', derived: true });
  const at = (fy2008: number) => [
    figure('m:f1', fy2008, String(fy2008), { measureId: 'criminal-removals', period: 'FY2008' }),
    figure('m:f3', 225_390, '225,390', { measureId: 'criminal-removals', period: 'FY2012' }),
  ];

  it('compares the ratio of the end to the start figure', () => {
    expect(checkDerivedFigure(twice('about'), at(112_700))).toMatchObject({ kind: 'multiple', addsUp: true });
    const check = checkDerivedFigure(twice('about'), at(150_000));
    expect(check?.addsUp).toBe(false);
    expect(check?.delta).toBeCloseTo(225_390 / 150_000 - 2, 6);
    expect(check?.reason).toBe("stated multiple of 'about twice' (allows 1.9×–2.1×), but 225,390 (FY2012) is 1.5 times 150,000 (FY2008)");
  });

  it('is skipped when a source figure is not in the article', () => {
    expect(checkDerivedFigure(twice('about'), at(112_700).slice(1))).toBeUndefined();
  });
});

describe('checkDerivedFigure: what it leaves alone', () => {
  const claim = change('a:f1', 30, '30 percent', nearly);

  it('needs both source figures in the article', () => {
    expect(checkDerivedFigure(claim, [fy2014])).toBeUndefined();
    expect(checkDerivedFigure(claim, [fy2015])).toBeUndefined();
    expect(checkArticleArithmetic([claim, fy2015])).toEqual([]);
  });

  it('needs the same measure, scope and a count unit in the sources', () => {
    expect(checkDerivedFigure(claim, [fy2014, { ...fy2015, measureId: 'removals' }])).toBeUndefined();
    expect(checkDerivedFigure(claim, [fy2014, { ...fy2015, scope: 'Houston sector' }])).toBeUndefined();
    expect(checkDerivedFigure(claim, [fy2014, { ...fy2015, unit: 'percent' }])).toBeUndefined();
    // Scope is compared case-insensitively, as the value linker does.
    expect(checkDerivedFigure(claim, [fy2014, { ...fy2015, scope: 'Nationwide' }])?.addsUp).toBe(false);
  });

  it('needs a change between two periods', () => {
    expect(checkDerivedFigure({ ...claim, period: 'FY2015' }, [fy2014, fy2015])).toBeUndefined();
    expect(checkDerivedFigure({ ...claim, period: '2011..' }, [fy2014, fy2015])).toBeUndefined();
    expect(checkDerivedFigure({ ...claim, period: null }, [fy2014, fy2015])).toBeUndefined();
    expect(checkDerivedFigure({ ...claim, derived: false }, [fy2014, fy2015])).toBeUndefined();
    expect(checkDerivedFigure({ ...claim, measureId: 'share-of-arrests' }, [fy2014, fy2015])).toBeUndefined();
  });

  it('does not compute from a bound ("more than 2.4 million")', () => {
    const bound = figure('a:f9', 2_400_000, '2.4 million', { period: 'FY2014', qualifier: 'more than', approximate: true });
    expect(checkDerivedFigure(claim, [bound, fy2015])).toBeUndefined();
    // A plain figure of the period beside the bound is used.
    expect(checkDerivedFigure(claim, [bound, fy2014, fy2015])?.sourceIds).toEqual(['a:f2', 'a:f3']);
  });

  it('uses the most precise of figures that restate one value, and skips values that differ', () => {
    const rounded = figure('a:f5', 400_000, '400,000', { period: 'FY2014', qualifier: 'nearly', approximate: true });
    const exact = figure('a:f6', 396_906, '396,906', { period: 'FY2014' });
    const end = figure('a:f7', 300_000, '300,000', { period: 'FY2015' });
    expect(checkDerivedFigure(claim, [rounded, exact, end])?.sourceIds).toEqual(['a:f6', 'a:f7']);
    const plainRound = figure('a:f4', 400_000, '400,000', { period: 'FY2014' });
    expect(checkDerivedFigure(claim, [plainRound, exact, end])?.sourceIds).toEqual(['a:f6', 'a:f7']);
    const other = figure('a:f8', 120_000, '120,000', { period: 'FY2014' });
    expect(checkDerivedFigure(claim, [exact, other, end])).toBeUndefined();
  });

  it('links nothing for derived figures of other measures', () => {
    expect(checkArticleArithmetic([fy2014, fy2015])).toEqual([]);
  });
});

describe('measure names and directions', () => {
  it('finds the measure a change is a change of', () => {
    expect(changedMeasureId('change-in-criminal-removals')).toBe('criminal-removals');
    expect(changedMeasureId('decline-in-removals')).toBe('removals');
    expect(changedMeasureId('removals')).toBeNull();
  });

  it('reads a direction from the measure name or detail, or none', () => {
    expect(statedDirection(change('x', 1, '1 percent', { measureDetail: 'one-year decline in removals' }))).toBe('decline');
    expect(statedDirection(change('x', 1, '1 percent', { measureDetail: 'increase in criminal removals over three years earlier' }))).toBe('increase');
    expect(statedDirection(change('x', 1, '1 percent', { measureId: 'rise-in-arrests' }))).toBe('increase');
    expect(statedDirection(change('x', 1, '1 percent', { measureDetail: 'ratio of FY2012 to FY2008' }))).toBeNull();
    expect(statedDirection(change('x', 1, '1 percent'))).toBeNull();
  });
});
