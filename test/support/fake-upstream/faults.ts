/**
 * What the fake upstream does with one generation request. Written as `kind;param=value;...`
 * (the `x-fake-fault` header and `enqueue` take that form), e.g. `429;retry-after=1`, `delay;ms=50`,
 * `stall-mid-stream;after=3`. An HTTP status (`500`, `503`, `529`, `401`...) answers that status
 * in the protocol's own error shape.
 */
export type FaultKind =
  | 'ok'
  | 'delay'
  | 'status'
  | 'reset'
  | 'stall'
  | 'stall-mid-stream'
  | 'reset-mid-stream'
  | 'truncated'
  | 'malformed-json'
  | 'error-mid-stream'
  | 'context-length'
  | 'content-filter';

export interface Fault {
  kind: FaultKind;
  /** For `status`. */
  status?: number;
  /** For `delay`: wait this long, then answer normally. */
  ms?: number;
  /** Sent verbatim as `retry-after` (seconds or an HTTP date). A bare 429 sends `1`. */
  retryAfter?: string;
  /** Sent as `retry-after-ms` (OpenAI's finer-grained header). */
  retryAfterMs?: number;
  /** For the mid-stream faults: how many events (stream) or body halves (non-stream) go out first. */
  after?: number;
}

export type FaultSpec = Fault | string;

const KINDS = new Set<string>([
  'ok', 'delay', 'reset', 'stall', 'stall-mid-stream', 'reset-mid-stream', 'truncated',
  'malformed-json', 'error-mid-stream', 'context-length', 'content-filter',
]);

export class FaultSyntaxError extends Error {
  constructor(spec: string, why: string) {
    super(`bad fault "${spec}": ${why}. Expected e.g. "429;retry-after=1", "delay;ms=50", "reset", "stall-mid-stream;after=2".`);
    this.name = 'FaultSyntaxError';
  }
}

export function parseFault(spec: FaultSpec): Fault {
  if (typeof spec !== 'string') return spec;
  const [head = '', ...params] = spec.split(';').map((part) => part.trim());
  const fault: Fault = /^\d{3}$/.test(head) ? { kind: 'status', status: Number(head) } : { kind: head as FaultKind };
  if (fault.kind !== 'status' && !KINDS.has(head)) throw new FaultSyntaxError(spec, `unknown kind "${head}"`);
  if (fault.status !== undefined && (fault.status < 400 || fault.status > 599)) throw new FaultSyntaxError(spec, 'status must be 400..599');
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq === -1) throw new FaultSyntaxError(spec, `parameter "${param}" has no "="`);
    const key = param.slice(0, eq).trim();
    const value = param.slice(eq + 1).trim();
    switch (key) {
      case 'retry-after':
        fault.retryAfter = value;
        break;
      case 'retry-after-ms':
      case 'ms':
      case 'after': {
        const number = Number(value);
        if (!Number.isFinite(number) || number < 0) throw new FaultSyntaxError(spec, `${key} must be a number >= 0`);
        if (key === 'retry-after-ms') fault.retryAfterMs = number;
        else if (key === 'ms') fault.ms = number;
        else fault.after = Math.floor(number);
        break;
      }
      default:
        throw new FaultSyntaxError(spec, `unknown parameter "${key}"`);
    }
  }
  if (fault.kind === 'delay' && fault.ms === undefined) throw new FaultSyntaxError(spec, 'delay needs ms=');
  return fault;
}

/** The short name used in records and counts: `429`, `reset`, `delay`... */
export function faultName(fault: Fault): string {
  return fault.kind === 'status' ? String(fault.status) : fault.kind;
}
