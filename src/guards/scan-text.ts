import { detectInjection } from './injection/index.js';
import type { DetectInjectionOptions } from './injection/index.js';
import { detectPii } from './pii/index.js';
import type { DetectPiiOptions, PiiType } from './pii/index.js';

export interface ScanOptions {
  injection?: DetectInjectionOptions;
  pii?: DetectPiiOptions;
}

/** One line of `promptops scan --jsonl` (DESIGN.md section 6). */
export interface ScanResult {
  injection: { score: number; flagged: boolean; reasons: string[] };
  pii: Array<{ type: PiiType; start: number; end: number }>;
}

/** Both guards over one text, in the public scan shape (UTF-16 offsets, end exclusive). */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const inj = detectInjection(text, options.injection);
  return {
    injection: { score: Math.round(inj.score * 1e4) / 1e4, flagged: inj.flagged, reasons: inj.reasons },
    pii: detectPii(text, options.pii).map(({ type, start, end }) => ({ type, start, end })),
  };
}
