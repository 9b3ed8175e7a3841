import { readFile } from 'node:fs/promises';
import type { CaseResult, CaseStatus } from '../runner/index.js';
import { readJsonl } from '../runner/index.js';

/** The store's record of one case (see src/store: EvalCaseResult). */
export interface StoredCaseResult {
  caseId: string;
  passed: boolean;
  score: number;
  details: Record<string, unknown>;
}

export class BaselineError extends Error {
  constructor(readonly source: string, message: string) {
    super(`baseline ${source}: ${message}`);
    this.name = 'BaselineError';
  }
}

/** A stored case, in the shape the comparison reads. */
export function fromStored(r: StoredCaseResult): CaseResult {
  const d = r.details;
  return {
    caseId: r.caseId,
    caseIndex: typeof d.caseIndex === 'number' ? d.caseIndex : 0,
    status: (d.status as CaseStatus | undefined) ?? (r.passed ? 'pass' : 'fail'),
    score: r.score,
    threshold: typeof d.threshold === 'number' ? d.threshold : 0.8,
    assertions: [],
    reasons: Array.isArray(d.reasons) ? (d.reasons as string[]) : [],
    cached: false,
    repeat: d.repeat as CaseResult['repeat'],
  };
}

/** What the store keeps of a case: the verdict and why, not the output (it may hold personal data). */
export function toStored(r: CaseResult): StoredCaseResult {
  return {
    caseId: r.caseId,
    passed: r.status === 'pass',
    score: r.score,
    details: { caseIndex: r.caseIndex, status: r.status, threshold: r.threshold, reasons: r.reasons.slice(0, 5), repeat: r.repeat, breakdown: r.quality?.breakdown },
  };
}

/** Reads results from our JSONL results file or a `--format json` report. */
export async function loadResultsFile(path: string): Promise<CaseResult[]> {
  let head: string;
  try {
    head = (await readFile(path, 'utf8')).trimStart();
  } catch (error) {
    throw new BaselineError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (head.startsWith('{"summary"')) {
    try {
      return (JSON.parse(head) as { results: CaseResult[] }).results;
    } catch (error) {
      throw new BaselineError(path, `not a JSON report: ${(error as Error).message}`);
    }
  }
  const out: CaseResult[] = [];
  try {
    for await (const r of readJsonl<CaseResult>(path)) out.push(r);
  } catch (error) {
    throw new BaselineError(path, (error as Error).message);
  }
  if (out.some((r) => typeof r.caseId !== 'string' || typeof r.score !== 'number')) throw new BaselineError(path, 'lines are not case results');
  return out;
}
