import { RuntimeError } from './runtime-error.js';

/** The answer leaked the system prompt (canary token or verbatim text) and was withheld: 502. */
export class OutputBlockedError extends RuntimeError {
  constructor(readonly reasons: string[]) {
    super({ message: `the answer was withheld by the output guard (${reasons.join(', ')})`, status: 502, type: 'upstream_error', code: 'output_blocked' });
    this.name = 'OutputBlockedError';
  }
}
