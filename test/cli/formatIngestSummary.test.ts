import { describe, expect, it } from 'vitest';
import { formatIngestSummary } from '../../src/cli/formatIngestSummary.js';

describe('formatIngestSummary', () => {
  it('counts articles by outcome, then lists the failures', () => {
    const text = formatIngestSummary({
      outcomes: { new: 2, unchanged: 1, updated: 0 },
      failures: [{ file: 'in/b.json', reason: 'invalid JSON: Unexpected end of JSON input' }],
      entitiesCreated: 4,
      entitiesMerged: 6,
      figures: 5,
      quotes: 2,
    });
    expect(text).toBe(
      [
        '4 articles: 2 new, 1 unchanged, 0 updated, 1 failed',
        '4 entities created, 6 merged into ones already in the graph, 5 figures, 2 quotes',
        'failed:',
        '  in/b.json: invalid JSON: Unexpected end of JSON input',
      ].join('\n'),
    );
  });

  it('has no failure list when nothing failed', () => {
    const text = formatIngestSummary({ outcomes: { new: 0, unchanged: 1, updated: 0 }, failures: [], entitiesCreated: 0, entitiesMerged: 0, figures: 0, quotes: 0 });
    expect(text).toBe('1 article: 0 new, 1 unchanged, 0 updated, 0 failed\n0 entities created, 0 merged into ones already in the graph, 0 figures, 0 quotes');
  });
});
