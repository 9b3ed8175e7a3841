export type { AttemptReport, ExecuteRequest, ExecuteResult } from './types.js';
export * from './errors/index.js';
export { createRuntime, onlineQuality, type CompleteRequest, type ExecutionEvent, type PromptSource, type Runtime, type RuntimeOptions } from './runtime.js';
export { createModelPolicies, retryAfterBackoff, isTransientFailure, type ModelPolicies } from './policies.js';
export { runModelChain, ModelChainExhaustedError, type ModelChainRequest, type ModelChainResult } from './model-chain.js';
export { createMemoryResponseCache, responseCacheKey, type ResponseCache } from './response-cache.js';
export { compileOutputValidator, stripCodeFence, type CustomValidator, type OutputValidator } from './validate-output.js';
export { assembleMessages, resolveVariables } from './assemble.js';
