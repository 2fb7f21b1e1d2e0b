import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/ingestFiles.js';
import type { ArticleOutcome, ProgressReporter } from '../../src/cli/ProgressReporter.js';
import { IngestInputError } from '../../src/ingest/write/IngestInputError.js';
import type { WriteResult } from '../../src/ingest/write/writeArticle.js';

function recordingProgress(): ProgressReporter & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    started: (file, done, total) => events.push(`start ${file} ${done}/${total}`),
    finished: (file: string, outcome: ArticleOutcome, done: number, total: number) => events.push(`${'result' in outcome ? outcome.result.outcome : 'failed'} ${file} ${done}/${total}`),
    end: () => events.push('end'),
  };
}

const results: Record<string, WriteResult | Error> = {
  'a.txt': { articleId: 'a', outcome: 'new', entitiesCreated: 2, entitiesMerged: 5, figures: 3, quotes: 1 },
  'b.json': new IngestInputError('invalid JSON: Unexpected end of JSON input'),
  'c.md': { articleId: 'c', outcome: 'updated', entitiesCreated: 1, entitiesMerged: 2, figures: 1, quotes: 2 },
  'd.html': new Error('Neo4j went away\n    at somewhere'),
  'e.txt': { articleId: 'e', outcome: 'unchanged', entitiesCreated: 0, entitiesMerged: 0, figures: 0, quotes: 0 },
};

describe('ingestFiles', () => {
  it('goes on past failed files and sums up what was written', async () => {
    const progress = recordingProgress();
    const summary = await ingestFiles(Object.keys(results), async (file) => {
      const result = results[file]!;
      if (result instanceof Error) throw result;
      return result;
    }, progress);
    expect(summary).toEqual({
      outcomes: { new: 1, unchanged: 1, updated: 1 },
      failures: [
        { file: 'b.json', reason: 'invalid JSON: Unexpected end of JSON input' },
        { file: 'd.html', reason: 'Neo4j went away' },
      ],
      entitiesCreated: 3,
      entitiesMerged: 7,
      figures: 4,
      quotes: 3,
    });
    expect(progress.events).toEqual([
      'start a.txt 0/5', 'new a.txt 1/5',
      'start b.json 1/5', 'failed b.json 2/5',
      'start c.md 2/5', 'updated c.md 3/5',
      'start d.html 3/5', 'failed d.html 4/5',
      'start e.txt 4/5', 'unchanged e.txt 5/5',
      'end',
    ]);
  });
});
