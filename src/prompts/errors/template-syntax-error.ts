/** A malformed template: unclosed tag, unbalanced section, bad variable name. */
export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    readonly file?: string,
  ) {
    super(`${file ? `${file}:` : 'line '}${line}:${column}: ${reason}`);
  }
}
