import { z } from 'zod';

/** `${PORT}` expands to a string; numeric fields accept a string of digits so env references work there. */
const digits = (value: unknown) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value);
const int = (min: number, max: number) => z.preprocess(digits, z.number().int().min(min).max(max));

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2 };
const BYTE_SIZE = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i;
const BYTE_SIZE_EXPECTED = 'a byte size such as 1048576, "512kb" or "1mb"';

/** Sizes use 1024 multiples, as HTTP body-limit settings usually do. */
const byteSize = z
  .union([z.number(), z.string()], { error: BYTE_SIZE_EXPECTED })
  .transform((value, context) => {
    const match = typeof value === 'number' ? [String(value), String(value), ''] : BYTE_SIZE.exec(value);
    const unit = match ? BYTE_UNITS[match[2].toLowerCase()] : undefined;
    const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1 || bytes > 1024 ** 3) {
      context.addIssue({ code: 'custom', message: `${BYTE_SIZE_EXPECTED}, between 1 byte and 1gb` });
      return z.NEVER;
    }
    return bytes;
  });

const httpUrl = z.string().refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), {
  message: 'an http:// or https:// URL',
});

const NAME = /^[A-Za-z0-9][\w.-]*$/;
const name = z.string().regex(NAME, { message: 'a name of letters, digits, "_", "-" or "."' });

const provider = z
  .strictObject({
    type: z.enum(['openai', 'anthropic', 'demo']),
    base_url: httpUrl.optional(),
    api_key: z.string().min(1).optional(),
    models: z.array(z.string().min(1)).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    connections: int(1, 4096).optional(),
  })
  .transform((p) => ({
    type: p.type,
    baseUrl: p.base_url?.replace(/\/+$/, ''),
    apiKey: p.api_key,
    models: p.models ?? [],
    headers: p.headers ?? {},
    connections: p.connections,
  }));

const alias = z.union(
  [
    z.string().regex(/^[^/\s]+\/\S+$/).transform((value) => {
      const slash = value.indexOf('/');
      return { provider: value.slice(0, slash), model: value.slice(slash + 1) };
    }),
    z.strictObject({ provider: z.string().min(1), model: z.string().min(1) }),
  ],
  { error: 'a "provider/model" string or a mapping with provider and model' },
);

const server = z
  .strictObject({
    host: z.string().min(1).optional(),
    port: int(0, 65535).optional(),
    body_limit: byteSize.optional(),
    max_concurrent: int(1, 1_000_000).optional(),
    api_keys: z.array(z.string().min(1)).optional(),
  })
  .transform((s) => ({ host: s.host, port: s.port, bodyLimitBytes: s.body_limit, maxConcurrent: s.max_concurrent, apiKeys: s.api_keys }));

const guards = z
  .strictObject({
    injection: z.enum(['allow', 'flag', 'sanitize', 'block']).optional(),
    pii: z.enum(['off', 'redact', 'mask', 'pseudonymize']).optional(),
    max_input_length: int(1, 10_000_000).optional(),
  })
  .transform((g) => ({ injection: g.injection, pii: g.pii, maxInputLength: g.max_input_length }));

const ms = int(0, 24 * 3600 * 1000);
const retry = z
  .strictObject({
    max_attempts: int(1, 20).optional(),
    base_delay_ms: ms.optional(),
    max_delay_ms: ms.optional(),
    attempt_timeout_ms: int(1, 24 * 3600 * 1000).optional(),
    deadline_ms: int(1, 24 * 3600 * 1000).optional(),
    breaker: z
      .strictObject({ consecutive_failures: int(1, 1000).optional(), half_open_after_ms: ms.optional() })
      .optional(),
  })
  .transform((r) => ({
    maxAttempts: r.max_attempts,
    baseDelayMs: r.base_delay_ms,
    maxDelayMs: r.max_delay_ms,
    attemptTimeoutMs: r.attempt_timeout_ms,
    deadlineMs: r.deadline_ms,
    breaker: { consecutiveFailures: r.breaker?.consecutive_failures, halfOpenAfterMs: r.breaker?.half_open_after_ms },
  }));

/** The config file as written (snake_case); every field optional, defaults are applied after. */
export const configFileSchema = z
  .strictObject({
    prompts_dir: z.string().min(1).optional(),
    default_provider: z.string().min(1).optional(),
    providers: z.record(name, provider).optional(),
    models: z.record(z.string().min(1), alias).optional(),
    server: server.optional(),
    store: z.strictObject({ url: z.string().min(1) }).optional(),
    guards: guards.optional(),
    retry: retry.optional(),
  })
  .transform((c) => ({
    promptsDir: c.prompts_dir,
    defaultProvider: c.default_provider,
    providers: c.providers ?? {},
    models: c.models ?? {},
    server: c.server,
    storeUrl: c.store?.url,
    guards: c.guards,
    retry: c.retry,
  }));

export type ConfigFileValues = z.output<typeof configFileSchema>;
