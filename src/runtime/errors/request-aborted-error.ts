import { RuntimeError } from './runtime-error.js';

/** The caller went away (client disconnect, abort); 499 in logs, never sent to anyone. */
export class RequestAbortedError extends RuntimeError {
  constructor() {
    super({ message: 'the request was cancelled by the caller', status: 499, type: 'cancelled', code: 'request_aborted' });
    this.name = 'RequestAbortedError';
  }
}
