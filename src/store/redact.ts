/**
 * The store's own last line of defence, used when the guards' redactor is not injected: it errs on
 * the side of hiding too much (any long digit run goes), since what it misses is stored for good.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Keys and tokens: provider keys, AWS key ids, bearer tokens, `key=value` style secrets.
  [/\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}/g, '[SECRET]'],
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, '[SECRET]'],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[A-Za-z0-9_-]{30,})/g, '[SECRET]'],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, 'Bearer [SECRET]'],
  [/\b((?:api[_-]?key|secret|token|password|passwd|pwd)["']?\s*[:=]\s*["']?)[^\s"',;]{4,}/gi, '$1[SECRET]'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[SECRET]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[EMAIL]'],
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, '[IBAN]'],
  // 13-19 digits, optionally grouped by spaces or dashes: card numbers (no Luhn check on purpose).
  [/\b\d(?:[ -]?\d){12,18}\b/g, '[CARD]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[SSN]'],
  // Phone-like: 9-15 digits with the usual separators, optional leading +.
  [/(?<![\w+])\+?\(?\d(?:[\s().-]{0,2}\d){8,14}\b/g, '[PHONE]'],
];

export function defaultRedact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Redacts every string inside a JSON-like value (keys are kept: they are our own field names). */
export function redactJson(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactJson(item, redact);
    return out;
  }
  return value;
}

/**
 * Remembers the redaction of short texts. Every row carries the same few labels (provider, model,
 * status, guard action), and a redactor's full pattern pass over each costs more than the rest of the
 * row; long free text is always redacted afresh. `redact` must be a pure function of the text.
 */
export function memoizeShortTexts(redact: (text: string) => string, maxLength = 64, maxEntries = 2048): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > maxLength) return redact(text);
    let out = seen.get(text);
    if (out === undefined) {
      if (seen.size >= maxEntries) seen.clear();
      out = redact(text);
      seen.set(text, out);
    }
    return out;
  };
}
