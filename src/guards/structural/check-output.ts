import { detectPii } from '../pii/index.js';
import type { PiiEntity } from '../pii/index.js';

export interface OutputCheckOptions {
  canary?: string;
  systemPrompt?: string;
  /** n-gram length used to match system-prompt text (default 8) */
  leakWords?: number;
  /**
   * How much of the system prompt must reappear to count as a leak: at least this many of its words
   * (default 30) and this share of them (default 0.2), but never more than half of it. Quoting one
   * policy sentence is an answer; reproducing a fifth of the prompt is a leak.
   */
  minLeakedWords?: number;
  minLeakedShare?: number;
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
  if (options.systemPrompt && systemPromptLeaked(output, options.systemPrompt, options)) reasons.push('system-prompt-text');
  return { leaked: reasons.length > 0, reasons, pii: detectPii(output) };
}

/** Marks every system-prompt word covered by an n-gram that also occurs in the output, and compares the count to the thresholds. */
function systemPromptLeaked(output: string, systemPrompt: string, options: OutputCheckOptions): boolean {
  const n = options.leakWords ?? 8;
  const sys = words(systemPrompt);
  const out = words(output);
  if (out.length < n || sys.length < n) return false;
  const outGrams = new Set<string>();
  for (let i = 0; i + n <= out.length; i++) outGrams.add(out.slice(i, i + n).join(' '));
  const covered = new Uint8Array(sys.length);
  for (let i = 0; i + n <= sys.length; i++) {
    if (outGrams.has(sys.slice(i, i + n).join(' '))) covered.fill(1, i, i + n);
  }
  const count = covered.reduce((sum, bit) => sum + bit, 0);
  // Short prompts leak at half their words: 30 words may be all of them.
  const threshold = Math.min(Math.max(options.minLeakedWords ?? 30, (options.minLeakedShare ?? 0.2) * sys.length), sys.length / 2);
  return count >= threshold;
}
