import { describe, expect, it } from 'vitest';
import { fromGlobalId, keyOf, toGlobalId } from '../../../src/graph/node/globalId.js';
import { GraphLabel } from '../../../src/graph/node/GraphLabel.js';

describe('global ids', () => {
  it('round-trip a label and a key, keys with colons included', () => {
    const id = toGlobalId(GraphLabel.FIGURE, '003_2c555874427f9e5a:f2');
    expect(id).not.toContain('003_');
    expect(fromGlobalId(id)).toEqual({ label: GraphLabel.FIGURE, key: '003_2c555874427f9e5a:f2' });
  });

  it('never take a readable key for a global id', () => {
    for (const key of ['john-morton', 'u-s-immigration-and-customs-enforcement', '000_83a3e3f7ef617a93', 'QXJ0aWNsZQ', 'Person']) {
      expect(fromGlobalId(key)).toBeNull();
      expect(keyOf(key, GraphLabel.PERSON)).toBe(key);
    }
  });

  it('refuse a global id of another type with BAD_USER_INPUT', () => {
    const quote = toGlobalId(GraphLabel.QUOTE, '001_b8db9f55b5bca3db:q3');
    expect(keyOf(quote, GraphLabel.QUOTE)).toBe('001_b8db9f55b5bca3db:q3');
    expect(() => keyOf(quote, GraphLabel.PERSON, GraphLabel.ORGANIZATION)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});
