import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/Config.js';
import { projectRoot } from '../config/projectRoot.js';
import { loadEntityKnowledge } from '../ingest/extract/loadEntityKnowledge.js';
import { evaluateExtraction } from './evaluateExtraction.js';

/**
 * `npm run eval`: extraction over the development set, scored by the evaluation's scorer; exits 1
 * when a target is missed, so CI can hold the line.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: join(projectRoot, '..', 'shared', 'seeds') },
      eval: { type: 'string', default: join(projectRoot, '..', 'shared', 'eval') },
    },
  });
  const knowledge = await loadEntityKnowledge(loadConfig().entityPaths);
  const result = await evaluateExtraction(values.seeds, values.eval, knowledge);
  console.log(result.report);
  console.log('targets:');
  for (const target of result.targets) {
    console.log(`  ${target.met ? 'ok  ' : 'MISS'} ${target.label.padEnd(30)} ${target.value?.toFixed(3) ?? 'n/a'} (>= ${target.minimum})`);
  }
  if (result.targets.some((target) => !target.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
