import { setTimeout as sleep } from 'node:timers/promises';
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

export const MIGRATION_TABLE = 'promptops_migration';
// 10, 20, ... 320 ms: a real error in a migration is reported after about 0.7 s.
const SQLITE_RETRIES = 6;

/**
 * Applies every pending migration; returns the names applied now (none when up to date).
 * PostgreSQL serialises concurrent migrators with an advisory lock. SQLite has no such lock: when
 * `--workers` siblings open a new file together, the losers fail (SQLITE_BUSY, or "table already
 * exists" when their read came first). Migrations are transactional there, so a loser rolled back
 * cleanly and retries, by which time the winner has applied everything.
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
    if (!isSqliteError(error) || attempt >= SQLITE_RETRIES) {
      const failed = results.find((r) => r.status === 'Error')?.migrationName;
      throw failed ? new MigrationError(failed, error) : error;
    }
    await sleep(10 * 2 ** attempt + Math.random() * 10);
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

function isSqliteError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
