import type { CaseResult, CaseStatus, RunSummary } from '../runner/index.js';
import { pct, signed, table, truncate } from './format.js';

type Results = AsyncIterable<CaseResult> | Iterable<CaseResult>;

/** What a comparison keeps of a case: enough to judge it, not its output. */
export interface CaseBrief {
  status: CaseStatus;
  caseIndex: number;
  score: number;
  /** Spread of the score over repeats, when the case was repeated. */
  stdDev?: number;
  reason?: string;
}

export interface ComparisonRow {
  caseId: string;
  before?: CaseBrief;
  after?: CaseBrief;
  /** after - before, when the case is in both runs. */
  delta?: number;
}

export function brief(r: CaseResult): CaseBrief {
  return { status: r.status, caseIndex: r.caseIndex, score: r.score, stdDev: r.repeat?.scoreStdDev, reason: r.reasons[0] };
}

/** Joins two runs by case id, in the order of the second run's file; cases only in the first come last. */
export async function compareResults(before: Results, after: Results): Promise<ComparisonRow[]> {
  const rows = new Map<string, ComparisonRow>();
  for await (const r of before) rows.set(r.caseId, { caseId: r.caseId, before: brief(r) });
  for await (const r of after) {
    const row = rows.get(r.caseId) ?? { caseId: r.caseId };
    row.after = brief(r);
    if (row.before) row.delta = Math.round((row.after.score - row.before.score) * 1000) / 1000;
    rows.set(r.caseId, row);
  }
  const order = (row: ComparisonRow) => row.after?.caseIndex ?? Number.MAX_SAFE_INTEGER;
  return [...rows.values()].sort((a, b) => order(a) - order(b) || (a.before?.caseIndex ?? 0) - (b.before?.caseIndex ?? 0));
}

const MARK: Record<CaseStatus, string> = { pass: 'pass', fail: 'FAIL', error: 'ERR' };

/** Both versions side by side with the per-case delta, then one line per version and the mean delta. */
export function renderComparison(rows: ComparisonRow[], before: RunSummary, after: RunSummary, labels: [string, string]): string {
  const cells = rows.map((row) => [
    truncate(row.caseId, 28),
    row.before ? `${MARK[row.before.status]} ${row.before.score.toFixed(2)}` : '—',
    row.after ? `${MARK[row.after.status]} ${row.after.score.toFixed(2)}` : '—',
    row.delta === undefined ? '' : Math.abs(row.delta) < 0.005 ? '0.00' : signed(row.delta, 2),
    change(row),
  ]);
  const lines = [table(['case', labels[0], labels[1], 'Δ', ''], cells, ['left', 'left', 'left', 'right', 'left'])];
  const line = (label: string, s: RunSummary) => `${label}: ${s.passed}/${s.total} passed (${pct(s.passRate)}), mean quality ${s.meanScore.toFixed(3)}`;
  lines.push(line(labels[0], before), line(labels[1], after));
  lines.push(`mean quality ${signed(after.meanScore - before.meanScore)}, pass rate ${signed((after.passRate - before.passRate) * 100, 1)} points`);
  return lines.join('\n');
}

function change(row: ComparisonRow): string {
  if (!row.before) return 'new case';
  if (!row.after) return 'removed';
  if (row.before.status === 'pass' && row.after.status !== 'pass') return `regressed: ${truncate(row.after.reason ?? '', 50)}`;
  if (row.before.status !== 'pass' && row.after.status === 'pass') return 'fixed';
  return '';
}
