export class VersionNotFoundError extends Error {
  override readonly name = 'VersionNotFoundError';
  constructor(
    readonly id: string,
    readonly version: string,
    /** Versions of the prompt that do exist. */
    readonly available: string[],
  ) {
    super(`prompt "${id}" has no version ${version}; available: ${available.length ? available.join(', ') : '(none)'}`);
  }
}
