import type { Span } from './analyse.js';

export const FILTERED = '[FILTERED]';

/** Replaces each span (merged where they touch) with `[FILTERED]`, keeping the rest of the text. */
export function sanitizeInjection(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    out += text.slice(pos, Math.max(pos, s.start)) + FILTERED;
    pos = s.end;
  }
  return out + text.slice(pos);
}
