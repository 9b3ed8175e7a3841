import { setTimeout as sleep } from 'node:timers/promises';
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

export const MIGRATION_TABLE = 'promptops_migration';
const BUSY_RETRIES = 8;

/**
 * Applies every pending migration; returns the names applied now (none when up to date).
 * PostgreSQL serialises concurrent migrators with an advisory lock. SQLite has no such lock, so a
 * second process (a `--workers` sibling) that loses the race sees SQLITE_BUSY and retries, by which
 * time there is nothing left to apply.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
  });
  for (let attempt = 0; ; attempt += 1) {
    const { error, results = [] } = await migrator.migrateToLatest();
    if (error === undefined) return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (!isSqliteBusy(error) || attempt >= BUSY_RETRIES) {
      const failed = results.find((r) => r.status === 'Error')?.migrationName;
      throw failed ? new MigrationError(failed, error) : error;
    }
    await sleep(20 * 2 ** attempt);
  }
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(`migration ${migrationName} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
