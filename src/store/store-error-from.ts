import type { DatabaseTarget } from './database-url.js';
import { StoreError, type StoreErrorKind } from './errors.js';

/** Wraps a driver error, keeping its code and message but never the password. */
export function toStoreError(kind: StoreErrorKind, target: DatabaseTarget, what: string, error: unknown): StoreError {
  if (StoreError.isInstance(error)) return error;
  const password = target.dialect === 'postgres' ? target.password : undefined;
  // Connecting to `localhost` tries each address and fails with an AggregateError without a message.
  const first = error instanceof AggregateError && error.message === '' ? error.errors[0] : error;
  const raw = first instanceof Error ? first.message || first.name : String(first);
  const scrub = (text: string) => (password ? text.split(password).join('***') : text);
  const reason = scrub(raw);
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  // The cause is kept for stack traces unless its text would reveal the password.
  const cause = reason === raw ? error : undefined;
  return new StoreError(kind, target.display, `${what}: ${reason}${code && !reason.includes(code) ? ` [${code}]` : ''}`, {
    cause,
    code,
  });
}
