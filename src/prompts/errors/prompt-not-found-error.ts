export class PromptNotFoundError extends Error {
  override readonly name = 'PromptNotFoundError';
  constructor(
    readonly id: string,
    /** Prompt ids that do exist. */
    readonly available: string[],
  ) {
    super(`prompt "${id}" not found; available: ${available.length ? available.join(', ') : '(none)'}`);
  }
}
