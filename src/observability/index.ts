export { createMetrics, observeExecution, type ExecutionSample, type PromptMetrics } from './metrics.js';
export { createLogger, type Logger } from './logger.js';
