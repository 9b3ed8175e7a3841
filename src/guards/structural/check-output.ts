import { detectPii } from '../pii/index.js';
import type { PiiEntity } from '../pii/index.js';

export interface OutputCheckOptions {
  canary?: string;
  systemPrompt?: string;
  /** length of a run of system-prompt words that counts as a leak (default 8) */
  leakWords?: number;
}

export interface OutputCheck {
  leaked: boolean;
  reasons: string[];
  pii: PiiEntity[];
}

const words = (s: string): string[] => s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Output guard: canary token, long verbatim runs of the system prompt, and PII in the answer. */
export function checkOutput(output: string, options: OutputCheckOptions = {}): OutputCheck {
  const reasons: string[] = [];
  if (options.canary && output.includes(options.canary)) reasons.push('canary');
  if (options.systemPrompt) {
    const n = options.leakWords ?? 8;
    const sys = words(options.systemPrompt);
    const grams = new Set<string>();
    for (let i = 0; i + n <= sys.length; i++) grams.add(sys.slice(i, i + n).join(' '));
    const out = words(output);
    for (let i = 0; i + n <= out.length; i++) {
      if (grams.has(out.slice(i, i + n).join(' '))) { reasons.push('system-prompt-text'); break; }
    }
  }
  return { leaked: reasons.length > 0, reasons, pii: detectPii(output) };
}
