export { DEFAULT_SQLITE_PATH, parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';
export type { DatabaseTarget } from './database-url.js';
export { StoreError } from './errors.js';
export type { StoreErrorKind } from './errors.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { openStore } from './open-store.js';
export { defaultRedact } from './redact.js';
export type { StoreDatabase } from './schema.js';
export type * from './types.js';
