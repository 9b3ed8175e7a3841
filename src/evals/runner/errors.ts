import { ProviderError } from '../../providers/errors/index.js';

/** The run cannot go on (a judge or detector missing, a prompt that does not resolve): exit code 2. */
export class EvalSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EvalSetupError';
  }
}

/**
 * Sorts an execute failure: provider failures belong to the case (it failed), while errors about the
 * prompt or the case's variables are mistakes in the test setup.
 */
export function classifyError(error: unknown): { kind: string; message: string; setup: boolean } {
  if (ProviderError.isInstance(error)) return { kind: error.kind, message: error.message, setup: false };
  const e = error instanceof Error ? error : new Error(String(error));
  const setup = /Variable|NotFound|Template|Config|Registry|Version|Reference/i.test(e.name);
  return { kind: e.name, message: e.message, setup };
}
