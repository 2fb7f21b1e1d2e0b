import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateExtraction } from '../../src/eval/evaluateExtraction.js';
import { loadEntityKnowledge } from '../../src/ingest/extract/loadEntityKnowledge.js';
import { sharedDir, withoutShared } from '../support/sharedEval.js';

describe.skipIf(withoutShared(join(sharedDir, 'eval')))('extraction quality on the development set', () => {
  it('meets every target of the evaluation with its own scorer', async () => {
    const result = await evaluateExtraction(join(sharedDir, 'seeds'), join(sharedDir, 'eval'), await loadEntityKnowledge());
    const missed = result.targets.filter((target) => !target.met).map((target) => `${target.label}: ${target.value} < ${target.minimum}`);
    expect(missed).toEqual([]);
    expect(result.targets).toHaveLength(10);
  });
});
