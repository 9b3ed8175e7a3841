import { isAbsolute, join, resolve } from 'node:path';
import { StoreError } from './errors.js';

export type DatabaseTarget =
  | { dialect: 'sqlite'; /** Absolute path or `:memory:`. */ path: string; display: string }
  | { dialect: 'postgres'; connectionString: string; /** Password replaced. */ display: string; password?: string };

export const DEFAULT_SQLITE_PATH = join('.promptops', 'promptops.db');

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** `postgres://u:secret@h/db` -> `postgres://u:***@h/db`; anything unparsable is cut to its scheme. */
export function redactDatabaseUrl(url: string): string {
  if (!SCHEME.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    // An unparsable URL may still hold a password between ':' and '@'.
    return url.replace(/(\/\/[^/:@]*:)[^@/]*@/, '$1***@');
  }
}

/** Reads the store's `url` option: `sqlite:path`, a plain path, `:memory:` or `postgres://...`. */
export function parseDatabaseUrl(url: string | undefined, cwd: string): DatabaseTarget {
  if (url === undefined) {
    const path = resolve(cwd, DEFAULT_SQLITE_PATH);
    return { dialect: 'sqlite', path, display: path };
  }
  const trimmed = url.trim();
  if (trimmed === '') throw new StoreError('bad_url', '(empty)', 'The database URL is empty');
  if (trimmed === ':memory:' || trimmed === 'sqlite::memory:') {
    return { dialect: 'sqlite', path: ':memory:', display: ':memory:' };
  }
  if (/^sqlite:/i.test(trimmed)) {
    // `sqlite:///abs/path` (URL style) and `sqlite:relative/path` are both accepted.
    let rest = trimmed.slice('sqlite:'.length);
    if (rest.startsWith('//')) rest = rest.slice(2);
    if (rest === '') throw new StoreError('bad_url', trimmed, 'The SQLite URL names no file; use sqlite:path/to/file.db');
    if (rest === ':memory:') return { dialect: 'sqlite', path: ':memory:', display: ':memory:' };
    const path = isAbsolute(rest) ? rest : resolve(cwd, rest);
    return { dialect: 'sqlite', path, display: path };
  }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const path = isAbsolute(trimmed) ? trimmed : resolve(cwd, trimmed);
    return { dialect: 'sqlite', path, display: path };
  }
  const display = redactDatabaseUrl(trimmed);
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new StoreError(
      'bad_url',
      display,
      `Unsupported database URL scheme "${scheme}:"; use postgres://user:password@host:port/database, sqlite:path, a file path or :memory:`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new StoreError('bad_url', display, 'The PostgreSQL URL is malformed; expected postgres://user:password@host:port/database');
  }
  if (parsed.hostname === '' && !parsed.searchParams.has('host')) {
    throw new StoreError('bad_url', display, 'The PostgreSQL URL names no host; expected postgres://user:password@host:port/database');
  }
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  return { dialect: 'postgres', connectionString: trimmed, display, password };
}
