import type { CaseResult, RunSummary } from '../runner/index.js';
import { pct, table, truncate } from './format.js';

const MARK = { pass: 'PASS', fail: 'FAIL', error: 'ERR ' } as const;

export interface TerminalOptions {
  /** Rows listed before the table shows only failures (default 50). */
  maxRows?: number;
  /** Width of the "why" column. */
  reasonWidth?: number;
}

export function summaryLine(summary: RunSummary): string {
  const parts = [
    `${summary.passed}/${summary.total} passed (${pct(summary.passRate)})`,
    `mean quality ${summary.meanScore.toFixed(3)}`,
  ];
  if (summary.failed) parts.push(`${summary.failed} failed`);
  if (summary.errors) parts.push(`${summary.errors} errors`);
  if (summary.cachedCases) parts.push(`${summary.cachedCases} cached`);
  if (summary.rateLimited) parts.push(`${summary.rateLimited} rate-limit pauses`);
  parts.push(`${(summary.durationMs / 1000).toFixed(1)} s`);
  return `${summary.prompt}${summary.version && !summary.prompt.endsWith(summary.version) ? `@${summary.version}` : ''}: ${parts.join(', ')}`;
}

/**
 * The terminal report: one row per case (or, for large runs, the failures only), then the summary.
 * Takes the results as they are read back from the JSONL, so only the rows shown are held.
 */
export async function renderTerminal(results: AsyncIterable<CaseResult> | Iterable<CaseResult>, summary: RunSummary, options: TerminalOptions = {}): Promise<string> {
  const maxRows = options.maxRows ?? 50;
  const reasonWidth = options.reasonWidth ?? 60;
  const onlyFailures = summary.total > maxRows;
  const kept: CaseResult[] = [];
  let hidden = 0;
  for await (const r of results) {
    if (onlyFailures && r.status === 'pass') continue;
    if (kept.length >= maxRows) hidden++;
    else kept.push(r);
  }
  // Results arrive in completion order; the table follows the file's order.
  kept.sort((a, b) => a.caseIndex - b.caseIndex);
  const rows: string[][] = [];
  for (const r of kept) {
    const repeat = r.repeat ? `${r.repeat.passes}/${r.repeat.runs} ±${r.repeat.scoreStdDev.toFixed(2)}` : '';
    rows.push([
      MARK[r.status],
      truncate(r.caseId, 28),
      r.score.toFixed(2),
      r.threshold.toFixed(2),
      repeat,
      r.latencyMs !== undefined ? `${r.latencyMs}${r.cached ? '*' : ''}` : '-',
      truncate(r.reasons.join('; ') || (r.quality ? breakdown(r) : ''), reasonWidth),
    ]);
  }
  const anyRepeat = rows.some((r) => r[4] !== '');
  const headers = ['', 'case', 'score', 'min', 'runs', 'ms', onlyFailures ? 'why it failed' : 'why / breakdown'];
  const shown = anyRepeat ? rows : rows.map((r) => r.filter((_, i) => i !== 4));
  const shownHeaders = anyRepeat ? headers : headers.filter((_, i) => i !== 4);
  const align: Array<'left' | 'right'> = anyRepeat ? ['left', 'left', 'right', 'right', 'right', 'right'] : ['left', 'left', 'right', 'right', 'right'];
  const lines: string[] = [];
  if (onlyFailures) lines.push(`${summary.total} cases; listing failures only`);
  if (shown.length) lines.push(table(shownHeaders, shown, align));
  if (hidden) lines.push(`… ${hidden} more not shown (see ${summary.resultsPath ?? 'the results file'})`);
  if (rows.some((r) => r[anyRepeat ? 5 : 4]?.endsWith('*'))) lines.push('* answer from the cache (latency of the original call)');
  lines.push(summaryLine(summary));
  return lines.join('\n');
}

function breakdown(r: CaseResult): string {
  if (!r.quality) return r.assertions.find((a) => a.type === 'path')?.reason ?? '';
  const b = r.quality.breakdown;
  const short: Record<string, string> = { relevance: 'rel', completeness: 'comp', accuracy: 'acc', tone: 'tone', format: 'fmt' };
  return Object.entries(b)
    .map(([k, v]) => `${short[k] ?? k} ${(v as number).toFixed(2)}`)
    .join(' ');
}
