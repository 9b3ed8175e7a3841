/** The input is longer than the prompt's `maxInputLength`. HTTP 413 (content too large). */
export class InputTooLongError extends Error {
  readonly status = 413;
  readonly code = 'input_too_long';
  constructor(
    readonly length: number,
    readonly maxLength: number,
  ) {
    super(`input is ${length} characters; the limit for this prompt is ${maxLength}`);
    this.name = 'InputTooLongError';
  }
}
