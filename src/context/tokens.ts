import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';

export interface TokenCount {
  tokens: number;
  /** False when the model's own tokenizer is not available here and the count is an estimate. */
  exact: boolean;
}

const O200K = /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss)/;
const CL100K = /^(gpt-4|gpt-3\.5|text-embedding)/;

/** Counts tokens with the model family's tokenizer; other families (Claude, Llama...) get an o200k estimate. */
export function countTokens(text: string, modelId = 'gpt-4o'): TokenCount {
  if (text.length === 0) return { tokens: 0, exact: true };
  if (O200K.test(modelId)) return { tokens: countO200k(text), exact: true };
  if (CL100K.test(modelId)) return { tokens: countCl100k(text), exact: true };
  return { tokens: countO200k(text), exact: false };
}
