import { describe, expect, it } from 'vitest';
import { articleDateOf } from '../../../src/ingest/read/articleDateOf.js';

describe('articleDateOf', () => {
  it('keeps a YYYY-MM-DD date', () => {
    expect(articleDateOf('2013-10-01')).toBe('2013-10-01');
  });

  it('keeps the date part of an ISO timestamp as written, whatever its offset', () => {
    expect(articleDateOf('2021-06-04T23:30:00-05:00')).toBe('2021-06-04');
    expect(articleDateOf('2021-06-04T08:30:00.000Z')).toBe('2021-06-04');
    expect(articleDateOf('2021-06-04T08:30')).toBe('2021-06-04');
  });

  it('refuses what is not a calendar date', () => {
    for (const value of ['2013-02-30', '2013-13-01', 'June 4, 2021', '04/06/2021', '2021-6-4', '2021-06-04T25']) {
      expect(articleDateOf(value), value).toBeNull();
    }
  });
});
