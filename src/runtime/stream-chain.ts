import type { ModelRouter, RoutedModel } from '../providers/index.js';
import type { ChatMessage, LanguageModelCallOptions, LanguageModelStreamPart } from '../providers/spec/index.js';
import { describeFailure, ModelChainExhaustedError } from './model-chain.js';
import { BrokenCircuitError, type ModelPolicies } from './policies.js';
import type { AttemptReport } from './types.js';

export interface StreamChainResult {
  routed: RoutedModel;
  attempts: AttemptReport[];
  /** Starts with the part that proved the stream alive; errors after that surface from the iterator. */
  stream: AsyncIterable<LanguageModelStreamPart>;
}

/**
 * Opens a stream on the first model that answers. Retries and fallbacks apply until the first part
 * arrives; after that the caller has bytes and a failure can only be reported, not hidden.
 */
export async function openStreamChain(
  router: ModelRouter,
  policies: ModelPolicies,
  request: { models: string[]; messages: ChatMessage[]; callOptions: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>; signal: AbortSignal },
  now: () => number = performance.now.bind(performance),
): Promise<StreamChainResult> {
  const attempts: AttemptReport[] = [];
  let lastError: unknown;
  let openCircuits = 0;
  for (const name of request.models) {
    const routed = router.route(name);
    const policy = policies.forModel(`${routed.provider}:${routed.modelId}`);
    try {
      const opened = await policy.execute(async ({ signal }) => {
        const started = now();
        try {
          // The attempt's time limit only guards the opening; once a part arrives the stream lives as long as the request.
          const opening = new AbortController();
          const onTimeout = () => opening.abort(signal.reason);
          signal.addEventListener('abort', onTimeout, { once: true });
          const abortSignal = AbortSignal.any([request.signal, opening.signal]);
          const { stream } = await routed.model.doStream({ ...request.callOptions, messages: request.messages, abortSignal });
          const iterator = stream[Symbol.asyncIterator]();
          const first = await Promise.race([iterator.next(), aborted(signal)]);
          signal.removeEventListener('abort', onTimeout);
          attempts.push({ provider: routed.provider, model: routed.modelId, status: 'ok', ms: Math.round(now() - started) });
          return { iterator, first };
        } catch (error) {
          const message = signal.aborted && !request.signal.aborted ? 'timeout: no first chunk within the attempt time limit' : describeFailure(error);
          attempts.push({ provider: routed.provider, model: routed.modelId, status: 'error', ms: Math.round(now() - started), error: message });
          throw error;
        }
      }, request.signal);
      return { routed, attempts, stream: resume(opened.iterator, opened.first) };
    } catch (error) {
      if (request.signal.aborted) throw new ModelChainExhaustedError(attempts, zero(), error, false);
      if (error instanceof BrokenCircuitError) {
        openCircuits++;
        attempts.push({ provider: routed.provider, model: routed.modelId, status: 'skipped', ms: 0, error: describeFailure(error) });
      }
      lastError = error;
    }
  }
  throw new ModelChainExhaustedError(attempts, zero(), lastError, openCircuits === request.models.length);
}

async function* resume(
  iterator: AsyncIterator<LanguageModelStreamPart>,
  first: IteratorResult<LanguageModelStreamPart>,
): AsyncGenerator<LanguageModelStreamPart> {
  try {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  } finally {
    await iterator.return?.();
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function zero() {
  return { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
}
