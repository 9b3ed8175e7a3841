export type HeaderValue = string | string[] | undefined;
export type HeaderBag = Record<string, HeaderValue>;

/** Longest wait we accept from a server; a bogus date far in the future must not park a request for days. */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;

export function headerValue(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * How long the server asked us to wait, in ms: OpenAI's `retry-after-ms` first (finer grained), then
 * `retry-after` as delta-seconds (decimals tolerated) or an HTTP date. Undefined when absent or unusable.
 */
export function parseRetryAfter(headers: HeaderBag, nowMs: number = Date.now()): number | undefined {
  const ms = headerValue(headers, 'retry-after-ms');
  if (ms !== undefined) {
    const value = Number(ms.trim());
    if (ms.trim() !== '' && Number.isFinite(value) && value >= 0) return clamp(value);
  }
  const raw = headerValue(headers, 'retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return clamp(Number(raw) * 1000);
  // HTTP dates always name a month; this keeps Date.parse from reading "-1" as a year.
  const date = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return clamp(Math.max(0, date - nowMs));
}

function clamp(ms: number): number {
  return Math.min(Math.round(ms), MAX_RETRY_AFTER_MS);
}
