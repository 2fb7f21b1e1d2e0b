import type { WriteOutcome, WriteResult } from '../ingest/write/writeArticle.js';
import type { ProgressReporter } from './ProgressReporter.js';

export interface IngestFailure {
  file: string;
  /** One line: what went wrong with this file. */
  reason: string;
}

export interface IngestSummary {
  outcomes: Record<WriteOutcome, number>;
  failures: IngestFailure[];
  entitiesCreated: number;
  entitiesMerged: number;
  figures: number;
  quotes: number;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'failed without a message';
}

/**
 * Ingests files one after another. A file that fails is counted with its reason and the others go
 * on: each article is written in a transaction of its own, so a failure leaves nothing behind.
 */
export async function ingestFiles(files: string[], ingestFile: (file: string) => Promise<WriteResult>, progress: ProgressReporter): Promise<IngestSummary> {
  const summary: IngestSummary = { outcomes: { new: 0, unchanged: 0, updated: 0 }, failures: [], entitiesCreated: 0, entitiesMerged: 0, figures: 0, quotes: 0 };
  for (const [index, file] of files.entries()) {
    progress.started(file, index, files.length);
    try {
      const result = await ingestFile(file);
      summary.outcomes[result.outcome] += 1;
      summary.entitiesCreated += result.entitiesCreated;
      summary.entitiesMerged += result.entitiesMerged;
      summary.figures += result.figures;
      summary.quotes += result.quotes;
      progress.finished(file, { result }, index + 1, files.length);
    } catch (error) {
      const reason = reasonOf(error);
      summary.failures.push({ file, reason });
      progress.finished(file, { failure: reason }, index + 1, files.length);
    }
  }
  progress.end();
  return summary;
}
