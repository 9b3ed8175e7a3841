import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema.js';
import type { PromptVersionInput, PromptVersionRecordResult, PromptVersionRow } from '../types.js';

/**
 * Upserts the hash seen for id+version and says whether it differs from the stored one. The stored
 * hash becomes the new one, so a caller that must keep refusing a changed version (deploy) compares
 * against the hash it recorded at deploy time, not against this table alone.
 */
export async function recordPromptVersion(
  db: Kysely<StoreDatabase>,
  input: PromptVersionInput & { seenAt: number },
): Promise<PromptVersionRecordResult> {
  return db.transaction().execute((trx) => upsertIn(trx, input));
}

async function upsertIn(
  trx: Kysely<StoreDatabase>,
  input: PromptVersionInput & { seenAt: number },
): Promise<PromptVersionRecordResult> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const stored = await trx
      .selectFrom('prompt_versions')
      .select('hash')
      .where('prompt_id', '=', input.promptId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (stored === undefined) {
      const inserted = await trx
        .insertInto('prompt_versions')
        .values({
          prompt_id: input.promptId,
          version: input.version,
          hash: input.hash,
          first_seen_at: input.seenAt,
          last_seen_at: input.seenAt,
        })
        .onConflict((oc) => oc.columns(['prompt_id', 'version']).doNothing())
        .executeTakeFirst();
      // Another process inserted it between our read and write: read again and compare with that.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
      return { changed: false, created: true };
    }
    await trx
      .updateTable('prompt_versions')
      .set({ hash: input.hash, last_seen_at: input.seenAt })
      .where('prompt_id', '=', input.promptId)
      .where('version', '=', input.version)
      .execute();
    return stored.hash === input.hash
      ? { changed: false, created: false }
      : { changed: true, created: false, previousHash: stored.hash };
  }
  throw new Error(`prompt version ${input.promptId}@${input.version} kept conflicting; is it being deleted concurrently?`);
}

export async function listPromptVersions(db: Kysely<StoreDatabase>, promptId?: string): Promise<PromptVersionRow[]> {
  let select = db.selectFrom('prompt_versions').selectAll();
  if (promptId !== undefined) select = select.where('prompt_id', '=', promptId);
  const rows = await select.orderBy('prompt_id').orderBy('first_seen_at').orderBy('version').execute();
  return rows.map((row) => ({
    promptId: row.prompt_id,
    version: row.version,
    hash: row.hash,
    firstSeenAt: Number(row.first_seen_at),
    lastSeenAt: Number(row.last_seen_at),
  }));
}
