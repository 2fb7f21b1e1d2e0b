import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { extractArticle } from '../ingest/extract/extractArticle.js';
import type { EntityKnowledge } from '../ingest/extract/EntityKnowledge.js';
import { readArticleFile } from '../ingest/read/readArticleFile.js';
import { EXTRACTION_TARGETS } from './extractionTargets.js';

const run = promisify(execFile);

export interface TargetResult {
  label: string;
  value: number | null;
  minimum: number;
  met: boolean;
}

export interface EvaluationResult {
  /** The scorer's plain-text report. */
  report: string;
  targets: TargetResult[];
}

function valueAt(summary: unknown, path: string[]): number | null {
  let value: unknown = summary;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : null;
}

/**
 * Extracts every article in `seedsDir` and scores the result with the evaluation's own scorer
 * (`evalDir/score.mjs` against `evalDir/seed-gold`), checking each target.
 */
export async function evaluateExtraction(seedsDir: string, evalDir: string, knowledge: EntityKnowledge): Promise<EvaluationResult> {
  const predictions = await mkdtemp(join(tmpdir(), 'claimgraph-eval-'));
  try {
    for (const file of (await readdir(seedsDir)).filter((name) => !name.startsWith('.')).sort()) {
      const source = await readArticleFile(join(seedsDir, file));
      const stem = basename(file).replace(/\.[^.]+$/, '');
      await writeFile(join(predictions, `${stem}.json`), JSON.stringify(extractArticle(source, knowledge), null, 2));
    }
    const scorer = join(evalDir, 'score.mjs');
    const args = [scorer, '--gold', join(evalDir, 'seed-gold'), '--pred', predictions];
    const [{ stdout: report }, { stdout: json }] = await Promise.all([run(process.execPath, args), run(process.execPath, [...args, '--json'])]);
    const summary: unknown = JSON.parse(json);
    const targets = EXTRACTION_TARGETS.map((target) => {
      const value = valueAt(summary, target.path);
      return { label: target.label, value, minimum: target.minimum, met: value !== null && value >= target.minimum };
    });
    return { report, targets };
  } finally {
    await rm(predictions, { recursive: true, force: true });
  }
}

