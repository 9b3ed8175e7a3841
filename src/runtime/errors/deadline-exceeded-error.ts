import type { AttemptReport } from '../types.js';
import { RuntimeError } from './runtime-error.js';

/** The request's overall deadline passed before any model answered: 504. */
export class DeadlineExceededError extends RuntimeError {
  readonly attempts: AttemptReport[];

  constructor(deadlineMs: number, attempts: AttemptReport[]) {
    super({ message: `no answer within the request deadline of ${deadlineMs} ms`, status: 504, type: 'timeout', code: 'deadline_exceeded' });
    this.name = 'DeadlineExceededError';
    this.attempts = attempts;
  }
}
