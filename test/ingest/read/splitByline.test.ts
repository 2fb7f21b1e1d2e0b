import { describe, expect, it } from 'vitest';
import { splitByline } from '../../../src/ingest/read/splitByline.js';

describe('splitByline', () => {
  it('splits names on commas and "and", without the leading "By"', () => {
    expect(splitByline('By Ana Ruiz, Lee Park and Sam Cole')).toEqual(['Ana Ruiz', 'Lee Park', 'Sam Cole']);
    expect(splitByline('Ana Ruiz & Sandy Anderson')).toEqual(['Ana Ruiz', 'Sandy Anderson']);
  });

  it('leaves out a date that shares the byline', () => {
    expect(splitByline('By Ana Ruiz | June 4, 2021')).toEqual(['Ana Ruiz']);
  });

  it('leaves out a job title or an email', () => {
    expect(splitByline('By Priya Natarajan, Staff Writer')).toEqual(['Priya Natarajan']);
    expect(splitByline('Lee Park, Senior Correspondent | lpark@example.com')).toEqual(['Lee Park']);
    expect(splitByline('By Robin Writer, Staff Reporter')).toEqual(['Robin Writer']);
  });

  it('gives no names for an empty byline', () => {
    expect(splitByline('  ')).toEqual([]);
  });
});
