export { ASSERTION_TYPES, checkAssertion, evaluateAssertion, findAssertion } from './registry.js';
export { extractJson } from './json.js';
export { interpretResult } from './javascript.js';
export { countWords } from './bounds.js';
export { JudgeMissingError } from './judge.js';
export { GuardsMissingError } from './safety.js';
export { SIMILAR_EMBEDDING_THRESHOLD, SIMILAR_LEXICAL_THRESHOLD, TONE_THRESHOLD } from './scored.js';
export type {
  AssertionContext,
  AssertionDefinition,
  AssertionOutcome,
  AssertionServices,
  Embedder,
  GuardDetectors,
  InjectionVerdict,
  PiiFinding,
} from './types.js';
