import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../schema.js';
import { sortableId } from '../sortable-id.js';
import type { ConversationRole, ConversationTurn } from '../types.js';

const DAY_MS = 86_400_000;
const ROLES: ReadonlySet<string> = new Set(['system', 'user', 'assistant', 'tool']);

/**
 * Stored as given: a conversation is state replayed to the model, not a log, so the caller decides
 * (e.g. pseudonymises) before saving; retention bounds how long it lives.
 */
export async function saveTurn(
  db: Kysely<StoreDatabase>,
  conversationId: string,
  role: ConversationRole,
  content: string,
  now: number,
): Promise<void> {
  if (typeof conversationId !== 'string' || conversationId === '') throw new TypeError('conversationId must be a non-empty string');
  if (!ROLES.has(role)) throw new TypeError(`role must be one of ${[...ROLES].join(', ')}, got ${JSON.stringify(role)}`);
  if (typeof content !== 'string') throw new TypeError('content must be a string');
  await db
    .insertInto('conversation_turns')
    .values({ id: sortableId(now), conversation_id: conversationId, role, content, created_at: now })
    .execute();
}

/** Oldest first (ids sort by creation time). */
export async function getTurns(db: Kysely<StoreDatabase>, conversationId: string): Promise<ConversationTurn[]> {
  const rows = await db
    .selectFrom('conversation_turns')
    .select(['role', 'content', 'created_at'])
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ role: r.role as ConversationRole, content: r.content, createdAt: Number(r.created_at) }));
}

/** Deletes turns older than the retention period; returns how many went. */
export async function purgeTurns(db: Kysely<StoreDatabase>, retentionDays: number, now: number): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 0) {
    throw new RangeError(`retentionDays must be a finite number >= 0, got ${retentionDays}`);
  }
  const result = await db
    .deleteFrom('conversation_turns')
    .where('created_at', '<', now - retentionDays * DAY_MS)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
