/** A required template variable was not given (and has no default). */
export class MissingVariableError extends Error {
  override readonly name = 'MissingVariableError';
  constructor(
    readonly variable: string,
    readonly file?: string,
  ) {
    super(`missing required variable "${variable}"${file ? ` (template ${file})` : ''}`);
  }
}
