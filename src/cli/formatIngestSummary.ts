import type { IngestSummary } from './ingestFiles.js';

/** The lines printed after an ingest: counts, then each failed file with its reason. */
export function formatIngestSummary(summary: IngestSummary): string {
  const { outcomes, failures } = summary;
  const total = outcomes.new + outcomes.unchanged + outcomes.updated + failures.length;
  const lines = [
    `${total} article${total === 1 ? '' : 's'}: ${outcomes.new} new, ${outcomes.unchanged} unchanged, ${outcomes.updated} updated, ${failures.length} failed`,
    `${summary.entitiesCreated} entities created, ${summary.entitiesMerged} merged into ones already in the graph, ${summary.figures} figures, ${summary.quotes} quotes`,
  ];
  if (failures.length > 0) lines.push('failed:', ...failures.map((failure) => `  ${failure.file}: ${failure.reason}`));
  return lines.join('\n');
}
