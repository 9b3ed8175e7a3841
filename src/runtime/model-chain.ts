import type { ModelRouter, RoutedModel } from '../providers/index.js';
import type {
  AbortSignalLike,
  ChatMessage,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelUsage,
} from '../providers/spec/index.js';
import { BrokenCircuitError, TaskCancelledError, type ModelPolicies } from './policies.js';
import type { AttemptReport } from './types.js';
import type { OutputValidator } from './validate-output.js';

export interface ModelChainRequest {
  /** Primary model first, then fallbacks, each a name the router understands. */
  models: string[];
  messages: ChatMessage[];
  callOptions: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>;
  signal: AbortSignalLike;
  validator?: OutputValidator;
  variables?: Record<string, unknown>;
  maxReasks?: number;
}

export interface ModelChainResult {
  result: LanguageModelGenerateResult;
  routed: RoutedModel;
  attempts: AttemptReport[];
  /** Tokens spent across every attempt, failed and re-asked ones included. */
  usage: LanguageModelUsage;
}

/** Thrown when no model in the chain produced an acceptable answer; carries what happened. */
export class ModelChainExhaustedError extends Error {
  constructor(
    readonly attempts: AttemptReport[],
    readonly usage: LanguageModelUsage,
    readonly lastError: unknown,
    readonly allCircuitsOpen: boolean,
  ) {
    super('every model in the chain failed', { cause: lastError });
    this.name = 'ModelChainExhaustedError';
  }
}

/** An attempt's failure as `kind: message`, for the attempts report (never request content). */
export function describeFailure(error: unknown): string {
  if (error instanceof TaskCancelledError) return 'timeout: the attempt exceeded its time limit';
  if (error instanceof BrokenCircuitError) return 'circuit_open: skipped while the circuit is open';
  const kind = (error as { kind?: string }).kind;
  const message = error instanceof Error ? error.message : String(error);
  return kind ? `${kind}: ${message}` : message;
}

const REASK =
  'Your previous answer was rejected by an automatic check: %s. Answer the original request again, fixing only that.';

/**
 * Tries each model in turn under its policy (retry, circuit breaker, attempt timeout). An answer that
 * fails validation is re-asked with the reason, a bounded number of times, before moving on.
 */
export async function runModelChain(
  router: ModelRouter,
  policies: ModelPolicies,
  request: ModelChainRequest,
  now: () => number = performance.now.bind(performance),
): Promise<ModelChainResult> {
  const attempts: AttemptReport[] = [];
  const usage: LanguageModelUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  let lastError: unknown;
  let openCircuits = 0;

  for (const name of request.models) {
    const routed = router.route(name);
    const policy = policies.forModel(`${routed.provider}:${routed.modelId}`);
    let messages = request.messages;
    for (let ask = 0; ask <= (request.maxReasks ?? 0); ask++) {
      let result: LanguageModelGenerateResult;
      try {
        result = await policy.execute(async ({ signal }) => {
          const started = now();
          try {
            // Named fields first: a spread followed by more fields builds a new hidden class every call (Node 20's V8).
            const answer = await routed.model.doGenerate({ messages, abortSignal: signal, ...request.callOptions });
            attempts.push({ provider: routed.provider, model: routed.modelId, status: 'ok', ms: round(now() - started) });
            return answer;
          } catch (error) {
            const report = signal.aborted && !request.signal.aborted ? 'timeout: the attempt exceeded its time limit' : describeFailure(error);
            attempts.push({ provider: routed.provider, model: routed.modelId, status: 'error', ms: round(now() - started), error: report });
            throw error;
          }
        }, request.signal);
      } catch (error) {
        if (request.signal.aborted) throw new ModelChainExhaustedError(attempts, usage, error, false);
        if (error instanceof BrokenCircuitError) {
          openCircuits++;
          attempts.push({ provider: routed.provider, model: routed.modelId, status: 'skipped', ms: 0, error: describeFailure(error) });
        }
        lastError = error;
        break;
      }
      addUsage(usage, result.usage);
      const check = request.validator?.checkCount ? await request.validator.validate(result.text, request.variables ?? {}) : { valid: true as const };
      if (check.valid) return { result, routed, attempts, usage };
      const last = attempts[attempts.length - 1];
      last.status = 'invalid';
      last.error = `invalid_output: ${check.message}`;
      lastError = new Error(check.message);
      messages = [
        ...messages,
        { role: 'assistant', content: result.text },
        { role: 'user', content: REASK.replace('%s', check.message) },
      ];
    }
  }
  throw new ModelChainExhaustedError(attempts, usage, lastError, openCircuits === request.models.length);
}

function addUsage(total: LanguageModelUsage, more: LanguageModelUsage): void {
  total.inputTokens += more.inputTokens;
  total.outputTokens += more.outputTokens;
  total.totalTokens += more.totalTokens;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
