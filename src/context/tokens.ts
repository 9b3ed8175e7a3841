import { createRequire } from 'node:module';

export interface TokenCount {
  tokens: number;
  /** False when the model's own tokenizer is not available here and the count is an estimate. */
  exact: boolean;
}

type Counter = (text: string) => number;

const O200K = /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss)/;
const CL100K = /^(gpt-4|gpt-3\.5|text-embedding)/;

// Each encoding builds its rank tables when loaded (tens of MB, a noticeable start-up pause), so it is
// loaded on first use rather than by every process that imports this module.
const require = createRequire(import.meta.url);
const counters = new Map<string, Counter>();
function counter(encoding: 'o200k_base' | 'cl100k_base'): Counter {
  let count = counters.get(encoding);
  if (!count) {
    count = (require(`gpt-tokenizer/encoding/${encoding}`) as { countTokens: Counter }).countTokens;
    counters.set(encoding, count);
  }
  return count;
}

/** Counts tokens with the model family's tokenizer; other families (Claude, Llama...) get an o200k estimate. */
export function countTokens(text: string, modelId = 'gpt-4o'): TokenCount {
  if (text.length === 0) return { tokens: 0, exact: true };
  if (O200K.test(modelId)) return { tokens: counter('o200k_base')(text), exact: true };
  if (CL100K.test(modelId)) return { tokens: counter('cl100k_base')(text), exact: true };
  return { tokens: counter('o200k_base')(text), exact: false };
}
