import type { CaseResult } from '../runner/index.js';
import { compareResults, type ComparisonRow } from './compare.js';
import { signed, truncate } from './format.js';

type Results = AsyncIterable<CaseResult> | Iterable<CaseResult>;

export interface RegressionOptions {
  /** Score drops smaller than this are noise (default 0.05). */
  noise?: number;
}

export interface RegressionReport {
  /** Passed in the baseline, fail or error now. */
  newlyFailing: ComparisonRow[];
  /** Score fell by more than the noise allowance (status may be unchanged). */
  scoreDrops: ComparisonRow[];
  fixed: ComparisonRow[];
  /** In the baseline, absent now. */
  missing: ComparisonRow[];
  regressed: boolean;
}

/**
 * The allowed drop for one case: the fixed noise floor, or twice the combined spread of the two scores
 * when the cases were repeated (so a judge that wobbles by ±0.1 does not cry wolf at 0.06).
 */
export function allowedDrop(row: ComparisonRow, noise: number): number {
  const a = row.before?.stdDev ?? 0;
  const b = row.after?.stdDev ?? 0;
  return Math.max(noise, 2 * Math.sqrt(a * a + b * b));
}

export async function detectRegressions(baseline: Results, current: Results, options: RegressionOptions = {}): Promise<RegressionReport> {
  const noise = options.noise ?? 0.05;
  const rows = await compareResults(baseline, current);
  const newlyFailing = rows.filter((r) => r.before?.status === 'pass' && r.after && r.after.status !== 'pass');
  const scoreDrops = rows.filter((r) => r.delta !== undefined && -r.delta > allowedDrop(r, noise) && !newlyFailing.includes(r));
  const fixed = rows.filter((r) => r.before && r.before.status !== 'pass' && r.after?.status === 'pass');
  const missing = rows.filter((r) => r.before && !r.after);
  return { newlyFailing, scoreDrops, fixed, missing, regressed: newlyFailing.length > 0 || scoreDrops.length > 0 };
}

export function renderRegressions(report: RegressionReport, baselineLabel: string): string {
  if (!report.regressed) {
    const fixed = report.fixed.length ? `; ${report.fixed.length} fixed` : '';
    return `no regression against ${baselineLabel}${fixed}`;
  }
  const lines = [`REGRESSION against ${baselineLabel}:`];
  for (const r of report.newlyFailing) {
    lines.push(`  newly failing  ${r.caseId}  ${r.before!.score.toFixed(2)} -> ${r.after!.score.toFixed(2)}  ${truncate(r.after!.reason ?? '', 70)}`);
  }
  for (const r of report.scoreDrops) {
    lines.push(`  score drop     ${r.caseId}  ${r.before!.score.toFixed(2)} -> ${r.after!.score.toFixed(2)} (${signed(r.delta!, 2)})`);
  }
  if (report.missing.length) lines.push(`  (${report.missing.length} baseline case(s) not in this run: ${report.missing.slice(0, 5).map((r) => r.caseId).join(', ')})`);
  return lines.join('\n');
}
