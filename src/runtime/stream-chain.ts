import type { ModelRouter, RoutedModel } from '../providers/index.js';
import type { AbortSignalLike, ChatMessage, LanguageModelCallOptions, LanguageModelStreamPart } from '../providers/spec/index.js';
import { AbortSource } from './abort-source.js';
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
 * Opens a stream on the first model that answers. Retries and fallbacks apply until the first content
 * part (text or finish) arrives; after that the caller has bytes and a failure can only be reported, not hidden.
 */
export async function openStreamChain(
  router: ModelRouter,
  policies: ModelPolicies,
  request: { models: string[]; messages: ChatMessage[]; callOptions: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>; signal: AbortSignalLike },
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
        // The attempt's time limit only guards the opening; once a part arrives the stream lives as long
        // as the request. One signal with listeners removed when done: `AbortSignal.any` would leave
        // a listener on the request's signal per attempt until the request ends.
        const upstream = new AbortSource();
        const onCallerAbort = () => upstream.abort(request.signal.reason);
        const onTimeout = () => upstream.abort(signal.reason);
        const release = () => request.signal.removeEventListener('abort', onCallerAbort);
        if (request.signal.aborted) onCallerAbort();
        request.signal.addEventListener('abort', onCallerAbort, { once: true });
        signal.addEventListener('abort', onTimeout, { once: true });
        try {
          const { stream } = await routed.model.doStream({ messages: request.messages, abortSignal: upstream, ...request.callOptions });
          const iterator = stream[Symbol.asyncIterator]();
          const head = await Promise.race([firstContent(iterator), aborted(signal)]);
          attempts.push({ provider: routed.provider, model: routed.modelId, status: 'ok', ms: Math.round(now() - started) });
          return { iterator, head, release };
        } catch (error) {
          release();
          const message = signal.aborted && !request.signal.aborted ? 'timeout: no first chunk within the attempt time limit' : describeFailure(error);
          attempts.push({ provider: routed.provider, model: routed.modelId, status: 'error', ms: Math.round(now() - started), error: message });
          throw error;
        } finally {
          signal.removeEventListener('abort', onTimeout);
        }
      }, request.signal);
      return { routed, attempts, stream: resume(opened.iterator, opened.head, opened.release) };
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

/**
 * Reads up to the first part that carries content (text or the finish). Metadata alone does not prove a
 * stream alive: an upstream that sends its role chunk and then breaks is still worth a retry, since the
 * caller has seen nothing yet.
 */
async function firstContent(iterator: AsyncIterator<LanguageModelStreamPart>): Promise<{ parts: LanguageModelStreamPart[]; done: boolean }> {
  const parts: LanguageModelStreamPart[] = [];
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { parts, done: true };
    parts.push(next.value);
    if (next.value.type !== 'response-metadata') return { parts, done: false };
  }
}

async function* resume(
  iterator: AsyncIterator<LanguageModelStreamPart>,
  head: { parts: LanguageModelStreamPart[]; done: boolean },
  release: () => void,
): AsyncGenerator<LanguageModelStreamPart> {
  try {
    yield* head.parts;
    if (head.done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  } finally {
    release();
    await iterator.return?.();
  }
}

function aborted(signal: AbortSignalLike): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

function zero() {
  return { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
}
