import { describe, expect, it } from 'vitest';
import { figureLinkRows, FigureLinkGroupSchema } from '../../../src/ingest/seed/FigureLinkGroup.js';

const group = (figures: string[], relation: string, scope = 'cross-article') =>
  FigureLinkGroupSchema.parse({ figures, relation, scope, reason: 'r' });

describe('figureLinkRows', () => {
  it('links a disputed claim to each figure it is checked against', () => {
    const rows = figureLinkRows(group(['a:f1', 'b:f2', 'c:f3'], 'conflicts'));
    expect(rows.map((row) => [row.fromId, row.toId, row.relation])).toEqual([
      ['a:f1', 'b:f2', 'conflict'],
      ['a:f1', 'c:f3', 'conflict'],
    ]);
  });

  it('pairs only figures of different articles in a cross-article group', () => {
    const rows = figureLinkRows(group(['a:f1', 'a:f2', 'b:f1'], 'close_but_different'));
    expect(rows.map((row) => `${row.fromId}-${row.toId}`)).toEqual(['a:f1-b:f1', 'a:f2-b:f1']);
  });

  it('links the claim of a within-article group to each figure it is checked against', () => {
    const rows = figureLinkRows(group(['a:f1', 'a:f2', 'a:f3'], 'close_but_different', 'within-article'));
    expect(rows.map((row) => `${row.fromId}-${row.toId}`)).toEqual(['a:f1-a:f2', 'a:f1-a:f3']);
  });
});
