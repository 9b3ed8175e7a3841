import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LABELS = ['prompt', 'version', 'model', 'status'] as const;

/** The guide's four metrics plus the gateway's own, on a registry of their own (tests create many). */
export interface PromptMetrics {
  readonly registry: Registry;
  readonly responseTime: Histogram<(typeof LABELS)[number]>;
  readonly errors: Counter<(typeof LABELS)[number] | 'error'>;
  readonly quality: Gauge<(typeof LABELS)[number]>;
  readonly tokens: Counter<(typeof LABELS)[number] | 'type'>;
  readonly guardFlags: Counter<'prompt' | 'guard' | 'action'>;
  readonly inFlight: Gauge;
  /** Where `promptops_http_in_flight` is read at scrape time (a set per request would cost every request). */
  readInFlightFrom(read: () => number): void;
  readonly shed: Counter;
  render(): Promise<string>;
}

/** `beforeRender` runs before each render: a caller that records observations late applies them there. */
export function createMetrics(options: { defaultMetrics?: boolean; beforeRender?: () => void } = {}): PromptMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let readInFlight = () => 0;
  return {
    registry,
    responseTime: new Histogram({
      name: 'prompt_response_time_seconds',
      help: 'Time to answer a prompt or chat request, retries and fallbacks included',
      labelNames: LABELS,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    errors: new Counter({ name: 'prompt_errors_total', help: 'Requests that ended in an error or a fallback answer', labelNames: [...LABELS, 'error'], registers }),
    quality: new Gauge({ name: 'prompt_quality_score', help: 'Latest quality score in [0,1] (online estimate, or the last test run)', labelNames: LABELS, registers }),
    tokens: new Counter({ name: 'prompt_tokens_used_total', help: 'Tokens used, input and output', labelNames: [...LABELS, 'type'], registers }),
    guardFlags: new Counter({ name: 'prompt_guard_flags_total', help: 'Inputs or outputs a guard flagged, sanitised or blocked', labelNames: ['prompt', 'guard', 'action'], registers }),
    inFlight: new Gauge({
      name: 'promptops_http_in_flight',
      help: 'Requests being served',
      registers,
      collect() {
        this.set(readInFlight());
      },
    }),
    readInFlightFrom(read) {
      readInFlight = read;
    },
    shed: new Counter({ name: 'promptops_load_shed_total', help: 'Requests refused with 503 because the concurrency cap was reached', registers }),
    render: () => {
      options.beforeRender?.();
      return registry.metrics();
    },
  };
}

export interface ExecutionSample {
  prompt: string;
  version: string;
  model: string;
  status: string;
  latencyMs: number;
  usage: { inputTokens: number; outputTokens: number };
  quality?: number;
  errorKind?: string;
}

/**
 * Records one finished execution on the guide's four metrics. Label sets are written out rather than
 * spread: on Node 20's V8, `{ ...labels, type }` builds a new hidden class on every call, and every
 * property access on such objects then misses its inline cache.
 */
export function observeExecution(metrics: PromptMetrics, sample: ExecutionSample): void {
  const { prompt, version, model, status } = sample;
  const labels = { prompt, version, model, status };
  metrics.responseTime.observe(labels, sample.latencyMs / 1000);
  if (sample.usage.inputTokens) metrics.tokens.inc({ prompt, version, model, status, type: 'input' }, sample.usage.inputTokens);
  if (sample.usage.outputTokens) metrics.tokens.inc({ prompt, version, model, status, type: 'output' }, sample.usage.outputTokens);
  if (sample.quality !== undefined) metrics.quality.set(labels, sample.quality);
  if (status !== 'ok') metrics.errors.inc({ prompt, version, model, status, error: sample.errorKind ?? 'unknown' });
}
