import { readJsonl, type CaseResult, type RunSummary } from '../runner/index.js';
import { toStored, type StoredCaseResult } from './load-results.js';

/** The part of the store (src/store) that keeps eval runs. */
export interface EvalRunStore {
  recordEvalRun(run: { id: string; promptId: string; version: string; startedAt: number; finishedAt?: number; summary: Record<string, unknown> }): Promise<void>;
  recordEvalResults(runId: string, results: StoredCaseResult[]): Promise<void>;
}

/** Copies a finished run into the store (for the dashboard and `--baseline <run-id>`), in batches read from its results file. */
export async function recordRun(store: EvalRunStore, summary: RunSummary, promptId: string, version: string, batchSize = 500): Promise<void> {
  const startedAt = Date.parse(summary.startedAt);
  await store.recordEvalRun({ id: summary.runId, promptId, version, startedAt, finishedAt: startedAt + summary.durationMs, summary: { ...summary } });
  if (!summary.resultsPath) return;
  let batch: StoredCaseResult[] = [];
  for await (const r of readJsonl<CaseResult>(summary.resultsPath)) {
    batch.push(toStored(r));
    if (batch.length >= batchSize) {
      await store.recordEvalResults(summary.runId, batch);
      batch = [];
    }
  }
  if (batch.length) await store.recordEvalResults(summary.runId, batch);
}
