export { AdaptiveLimiter, isRateLimit, type AdaptiveLimiterOptions } from './adaptive-limiter.js';
export { classifyError, EvalSetupError } from './errors.js';
export { createJsonlWriter, readJsonl, type JsonlWriter } from './jsonl.js';
export { cacheKey, openDiskCache, type CachedOutput, type CacheKeyParts, type OutputCache } from './output-cache.js';
export { createModelExecute, type PromptResolver } from './provider-execute.js';
export { inputText, judgeOutput, runCaseOnce, type CacheTarget, type Judged } from './run-case.js';
export { runSuite, type Progress, type RunSuiteOptions } from './run-suite.js';
export { stableJson } from './stable-json.js';
export type { CaseResult, CaseStatus, ExecuteFn, RunSummary } from './types.js';
