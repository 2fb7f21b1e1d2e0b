import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/ingest/write/parsePeriod.js';

describe('parsePeriod', () => {
  it('reads a federal fiscal year as 1 October to 30 September', () => {
    expect(parsePeriod('FY2011')).toEqual({ id: 'FY2011', kind: 'fiscal_year', start: '2010-10-01', end: '2011-09-30' });
  });

  it('reads calendar years, months and days', () => {
    expect(parsePeriod('2013')).toMatchObject({ kind: 'calendar_year', start: '2013-01-01', end: '2013-12-31' });
    expect(parsePeriod('2012-02')).toMatchObject({ kind: 'month', start: '2012-02-01', end: '2012-02-29' });
    expect(parsePeriod('2012-05-31')).toMatchObject({ kind: 'day', start: '2012-05-31', end: '2012-05-31' });
  });

  it('reads changes and ranges, open ranges included', () => {
    expect(parsePeriod('FY2014->FY2015')).toMatchObject({ kind: 'change', start: '2013-10-01', end: '2015-09-30' });
    expect(parsePeriod('2011..')).toMatchObject({ kind: 'range', start: '2011-01-01', end: null });
    expect(parsePeriod('FY2009..FY2011')).toMatchObject({ kind: 'range', start: '2008-10-01', end: '2011-09-30' });
  });

  it('refuses what is not a period', () => {
    expect(parsePeriod(null)).toBeUndefined();
    expect(parsePeriod('previous six years')).toBeUndefined();
    expect(parsePeriod('..')).toBeUndefined();
    expect(parsePeriod('FY20..2013')).toBeUndefined();
  });
});
