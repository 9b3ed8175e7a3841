export { RuntimeError, type RuntimeErrorOptions } from './runtime-error.js';
export { ExecutionFailedError } from './execution-failed-error.js';
export { DeadlineExceededError } from './deadline-exceeded-error.js';
export { RequestAbortedError } from './request-aborted-error.js';
export { OutputBlockedError } from './output-blocked-error.js';
