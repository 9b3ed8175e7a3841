import type { PiiEntity } from './types.js';
import { detectPatterns } from './patterns.js';
import { redactPii } from './redact.js';

// Long digit runs (phones, account numbers) that the validated patterns may not claim.
const DIGIT_RUN = /\+?\d[\d ()./-]{6,}\d/g;

/**
 * Cheap redaction for log lines and stored records: the validated patterns (emails, cards, IBANs, SSNs,
 * IPs, secrets, URLs) plus any long run of digits. No name or address model: callers that can afford it
 * redact with `detectPii` first.
 */
export function redactForLog(text: string): string {
  const found: PiiEntity[] = [];
  detectPatterns(text, found);
  const kept = found.sort((a, b) => a.start - b.start).filter((e, i, all) => i === 0 || e.start >= all[i - 1].end);
  return redactPii(text, kept, 'redact').replace(DIGIT_RUN, (m) => (m.replace(/\D/g, '').length >= 7 ? '[NUMBER]' : m));
}
