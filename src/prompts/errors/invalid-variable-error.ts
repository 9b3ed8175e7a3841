/** A variable's value does not match its declaration (type, max length). */
export class InvalidVariableError extends Error {
  override readonly name = 'InvalidVariableError';
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(`variable "${variable}": expected ${expected}, got ${got}`);
  }
}
