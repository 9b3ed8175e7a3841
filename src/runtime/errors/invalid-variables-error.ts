import { RuntimeError } from './runtime-error.js';

/** A variable is missing, of the wrong type or too long: 400, naming the variable. */
export class InvalidVariablesError extends RuntimeError {
  constructor(message: string, variable: string, status = 400) {
    super({ message, status, type: 'invalid_request_error', code: 'invalid_variables', param: `variables.${variable}` });
    this.name = 'InvalidVariablesError';
  }
}
