/** Exit codes a shell user can branch on. */
export const EXIT = {
  ok: 0,
  /** The command ran and the answer is "no" (a failed test, a failed call). */
  failure: 1,
  /** Bad usage, bad input files or config: nothing was run. */
  usage: 2,
} as const;

/** An error the CLI prints as one line (no stack) and exits with `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
  }
}
