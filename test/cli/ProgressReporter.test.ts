import { describe, expect, it } from 'vitest';
import { progressReporterFor, type ProgressStream } from '../../src/cli/ProgressReporter.js';
import type { WriteResult } from '../../src/ingest/write/writeArticle.js';

function bufferStream(tty: { columns: number } | null): ProgressStream & { output: string } {
  const stream = { output: '', isTTY: tty !== null, columns: tty?.columns, write: (text: string) => (stream.output += text) };
  return stream;
}

const written = (outcome: WriteResult['outcome']): { result: WriteResult } => ({ result: { articleId: 'a', outcome, entitiesCreated: 1, entitiesMerged: 0, figures: 3, quotes: 2 } });

describe('progressReporterFor', () => {
  it('writes one plain line per article when not on a terminal', () => {
    const stream = bufferStream(null);
    const progress = progressReporterFor(stream);
    progress.started('a.txt', 0, 3);
    progress.finished('a.txt', written('new'), 1, 3);
    progress.finished('b.md', written('unchanged'), 2, 3);
    progress.finished('c.json', { failure: 'invalid JSON: Unexpected end of JSON input' }, 3, 3);
    progress.end();
    expect(stream.output).toBe('a.txt: new (3 figures, 2 quotes)\nb.md: unchanged\nc.json: failed: invalid JSON: Unexpected end of JSON input\n');
  });

  it('redraws one bar line on a terminal and ends it with a newline', () => {
    const stream = bufferStream({ columns: 80 });
    const progress = progressReporterFor(stream);
    progress.started('articles/a.txt', 0, 4);
    progress.finished('articles/a.txt', written('new'), 1, 4);
    progress.started('articles/b.txt', 1, 4);
    progress.end();
    const frames = stream.output.split('\r').slice(1);
    expect(frames).toEqual([
      '[>                   ] 0/4 articles  articles/a.txt\x1b[K',
      '[=====>              ] 1/4 articles\x1b[K',
      '[=====>              ] 1/4 articles  articles/b.txt\x1b[K\n',
    ]);
  });

  it('shortens a long file name from the left so that the line never wraps', () => {
    const stream = bufferStream({ columns: 50 });
    const progress = progressReporterFor(stream);
    progress.started(`deep/${'folder/'.repeat(10)}last.txt`, 4, 4);
    const line = stream.output.slice(1, -'\x1b[K'.length);
    expect(line).toMatch(/^\[=+\] 4\/4 articles  ….*\/last\.txt$/);
    expect(line.length).toBe(49);
  });
});
