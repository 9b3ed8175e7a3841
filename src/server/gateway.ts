import type { PromptopsConfig } from '../config/types.js';
import { createLogger, createMetrics, observeExecution, type Logger, type PromptMetrics } from '../observability/index.js';
import { detectPii, redactForLog, redactPii, scanText } from '../guards/index.js';
import { openRegistry } from '../prompts/index.js';
import { createRuntime, type ExecutionEvent, type Runtime } from '../runtime/index.js';
import { openStore, sortableId, type Store } from '../store/index.js';
import { createApp } from './app.js';
import { deferredEvents } from './deferred-events.js';

export interface Gateway {
  app: ReturnType<typeof createApp>;
  runtime: Runtime;
  metrics: PromptMetrics;
  logger: Logger;
  store?: Store;
  /** Flushes records and releases connections. */
  close(): Promise<void>;
}

export interface GatewayOptions {
  config: PromptopsConfig;
  logger?: Logger;
  /** `false` runs without a store (library use, some tests). */
  store?: Store | false;
  defaultMetrics?: boolean;
  /** Conversation turns older than this are purged (the guide's example keeps 30 days). */
  conversationRetentionDays?: number;
}

/**
 * Records keep the answer as the model wrote it: where the input's PII was replaced, the answer carries
 * placeholders, and the store's cheap pattern redaction (at flush time) covers the rest. Only when the
 * policy let PII through does the record pay for the full detector (names, addresses).
 */
function recordedOutput(event: ExecutionEvent): string | undefined {
  const text = event.modelOutput;
  if (text === undefined || (event.guard && event.guard.piiAction !== 'off')) return text;
  return redactPii(text, detectPii(text), 'redact');
}

function toRecord(event: ExecutionEvent) {
  const now = Date.now();
  return {
    // Time-ordered: a random key would land each insert on a random page of the primary-key index.
    id: sortableId(now),
    timestamp: now,
    promptId: event.prompt,
    version: event.version,
    provider: event.provider,
    model: event.model,
    status: event.status,
    httpStatus: event.status === 'error' ? 502 : event.status === 'blocked' ? 422 : 200,
    latencyMs: Math.round(event.latencyMs),
    inputTokens: event.usage.inputTokens,
    outputTokens: event.usage.outputTokens,
    errorKind: event.errorKind,
    output: recordedOutput(event),
    attempts: (event.result?.attempts ?? []).map((attempt) => ({ ...attempt })),
    fallback: event.status === 'fallback',
    guard: event.guard
      ? { injectionScore: event.guard.injection.score, injectionAction: event.guard.action === 'sanitize' ? 'sanitise' as const : event.guard.action === 'pass' ? 'allow' as const : event.guard.action, piiTypes: event.guard.pii, output: event.guard.output }
      : {},
  };
}

/** `prompt_guard_flags_total`: one count per guard that acted (flag, sanitise, block, PII replaced, leak withheld). */
function countGuardFlags(metrics: PromptMetrics, event: ExecutionEvent): void {
  const guard = event.guard;
  if (!guard) return;
  const prompt = event.prompt;
  if (guard.action !== 'pass') metrics.guardFlags.inc({ prompt, guard: 'injection', action: guard.action });
  if (guard.pii.length) metrics.guardFlags.inc({ prompt, guard: 'pii', action: 'replaced' });
  if (guard.output?.leaked) metrics.guardFlags.inc({ prompt, guard: 'output-leak', action: 'block' });
  if (guard.output?.pii.length) metrics.guardFlags.inc({ prompt, guard: 'output-pii', action: 'flag' });
}

/**
 * Remembers each version's content hash; a deployed version must never change under the same number,
 * so a changed hash is reported loudly (the deploy step refuses it).
 */
async function recordVersionsSeen(store: Store, registry: ReturnType<typeof openRegistry>, logger: Logger): Promise<void> {
  for (const prompt of registry.list()) {
    for (const number of prompt.versions) {
      const version = registry.resolve(`${prompt.id}@${number}`);
      const seen = await store.recordPromptVersion({ promptId: version.id, version: version.version, hash: version.hash });
      if (seen.changed) {
        logger.warn({ prompt: version.id, version: version.version, previousHash: seen.previousHash, hash: version.hash },
          'prompt version changed on disk since it was first served; bump the version instead of editing it');
      }
    }
  }
}

/** Wires config, prompts, providers, runtime, metrics and store into a ready-to-serve app. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const opened = options.store === undefined ? await openStore({ url: options.config.store.url, redact: redactForLog }) : undefined;
  try {
    return await assembleGateway(options, options.store === false ? undefined : (options.store ?? opened));
  } catch (error) {
    // A gateway that cannot start releases the store it opened (one passed in is the caller's).
    await opened?.close();
    throw error;
  }
}

async function assembleGateway(options: GatewayOptions, store: Store | undefined): Promise<Gateway> {
  const { config } = options;
  const logger = options.logger ?? createLogger();
  const registry = openRegistry(config.promptsDir);
  if (store) await recordVersionsSeen(store, registry, logger);
  const executions = deferredEvents<ExecutionEvent>(
    (event) => {
      observeExecution(metrics, event);
      countGuardFlags(metrics, event);
      store?.recordRequest(toRecord(event));
    },
    (error) => logger.error({ err: error }, 'recording a finished call failed'),
  );
  const metrics = createMetrics({ defaultMetrics: options.defaultMetrics, beforeRender: executions.flush });
  const runtime = createRuntime({ config, prompts: registry, onExecution: executions.push });
  // The PII detector loads its name lists on first use (~0.7 s); pay that at start, not on a customer's request.
  scanText('Warm-up: Jane Doe, 1 Main Street, jane@example.com');
  if (Object.keys(config.providers).length === 0) {
    logger.warn('no LLM provider configured: every model is answered by the promptops demo model (set OPENAI_API_KEY or ANTHROPIC_API_KEY)');
  }
  const app = createApp({
    runtime,
    metrics,
    logger,
    config,
    conversations: store,
    storeHealth: store ? () => store.health() : undefined,
  });
  const purge = store ? setInterval(() => void store.purgeExpired(options.conversationRetentionDays ?? 30).catch(() => {}), 3_600_000) : undefined;
  purge?.unref();
  return {
    app,
    runtime,
    metrics,
    logger,
    store,
    async close() {
      clearInterval(purge);
      await runtime.close();
      executions.flush();
      await store?.close();
    },
  };
}
