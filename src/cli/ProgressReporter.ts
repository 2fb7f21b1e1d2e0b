import type { WriteResult } from '../ingest/write/writeArticle.js';

/** How one article's ingest ended: written (or found unchanged), or failed for a reason. */
export type ArticleOutcome = { result: WriteResult } | { failure: string };

/** Tells the user how an ingest of many articles is going. */
export interface ProgressReporter {
  started(file: string, done: number, total: number): void;
  finished(file: string, outcome: ArticleOutcome, done: number, total: number): void;
  /** After the last article, before the summary. */
  end(): void;
}

/** Where progress goes: stderr in the command, a buffer in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 20;

function barOf(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.floor((BAR_WIDTH * done) / total);
  return filled >= BAR_WIDTH ? '='.repeat(BAR_WIDTH) : `${'='.repeat(filled)}>${' '.repeat(BAR_WIDTH - filled - 1)}`;
}

/** One line redrawn in place; it must not wrap, or the next redraw starts on the wrong line. */
class ProgressBar implements ProgressReporter {
  private drawn = false;
  constructor(private readonly stream: ProgressStream) {}

  started(file: string, done: number, total: number): void {
    this.draw(done, total, file);
  }

  finished(_file: string, _outcome: ArticleOutcome, done: number, total: number): void {
    this.draw(done, total, '');
  }

  end(): void {
    if (this.drawn) this.stream.write('\n');
  }

  private draw(done: number, total: number, file: string): void {
    const head = `[${barOf(done, total)}] ${done}/${total} articles`;
    const room = (this.stream.columns ?? 80) - 1 - head.length - 2;
    const name = file.length <= room ? file : room > 1 ? `…${file.slice(file.length - room + 1)}` : '';
    this.stream.write(`\r${head}${name ? `  ${name}` : ''}\x1b[K`);
    this.drawn = true;
  }
}

/** One plain line per article, for logs and pipes. */
class ProgressLines implements ProgressReporter {
  constructor(private readonly stream: ProgressStream) {}

  started(): void {}

  finished(file: string, outcome: ArticleOutcome): void {
    if ('failure' in outcome) {
      this.stream.write(`${file}: failed: ${outcome.failure}\n`);
      return;
    }
    const { outcome: kind, figures, quotes } = outcome.result;
    this.stream.write(`${file}: ${kind}${kind === 'unchanged' ? '' : ` (${figures} figures, ${quotes} quotes)`}\n`);
  }

  end(): void {}
}

/** A redrawn progress bar on a terminal, plain lines anywhere else. */
export function progressReporterFor(stream: ProgressStream): ProgressReporter {
  return stream.isTTY ? new ProgressBar(stream) : new ProgressLines(stream);
}
