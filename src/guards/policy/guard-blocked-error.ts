/**
 * The input policy refused a message as a prompt injection. HTTP 422: the request is well-formed but
 * its content is refused (400 would tell the client its JSON was wrong).
 */
export class GuardBlockedError extends Error {
  readonly status = 422;
  readonly code = 'prompt_injection_blocked';
  constructor(
    readonly score: number,
    readonly reasons: readonly string[],
  ) {
    super(`input blocked as a likely prompt injection (score ${score.toFixed(2)}: ${reasons.join(', ') || 'classifier'})`);
    this.name = 'GuardBlockedError';
  }
}
