/** A prompt reference that is not `id`, `id@1.2.3`, `id@v1.2.3`, `id@current` or `id@latest`. */
export class InvalidPromptRefError extends Error {
  override readonly name = 'InvalidPromptRefError';
  constructor(
    readonly ref: string,
    readonly reason: string,
  ) {
    super(`invalid prompt reference ${JSON.stringify(ref.length > 80 ? `${ref.slice(0, 77)}...` : ref)}: ${reason}`);
  }
}
