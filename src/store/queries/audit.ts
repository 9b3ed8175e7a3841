import type { Kysely } from 'kysely';
import { redactJson } from '../redact.js';
import type { StoreDatabase } from '../schema.js';
import { sortableId } from '../sortable-id.js';
import type { AuditEntry, AuditEvent } from '../types.js';
import { parseJson } from './json.js';

/** Written at once, not batched: audit events are rare and the caller may need them durable. */
export async function insertAudit(
  db: Kysely<StoreDatabase>,
  event: AuditEvent,
  now: number,
  redact: (text: string) => string,
): Promise<AuditEntry> {
  if (typeof event.action !== 'string' || event.action === '') throw new TypeError('audit event needs an action');
  // Actor and target are identities the log exists to keep; free-form details are redacted.
  const details = redactJson(event.details ?? {}, redact) as Record<string, unknown>;
  const entry: AuditEntry = {
    id: sortableId(now),
    at: now,
    action: event.action,
    details,
    ...(event.actor === undefined ? {} : { actor: event.actor }),
    ...(event.target === undefined ? {} : { target: event.target }),
  };
  await db
    .insertInto('audit_log')
    .values({
      id: entry.id,
      at: entry.at,
      actor: event.actor ?? null,
      action: entry.action,
      target: event.target ?? null,
      details: JSON.stringify(details),
    })
    .execute();
  return entry;
}

/** Newest first. */
export async function listAudit(
  db: Kysely<StoreDatabase>,
  query: { limit: number; action?: string },
): Promise<AuditEntry[]> {
  let select = db.selectFrom('audit_log').selectAll();
  if (query.action !== undefined) select = select.where('action', '=', query.action);
  const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    at: Number(row.at),
    action: row.action,
    details: parseJson<Record<string, unknown>>(row.details, {}),
    ...(row.actor === null ? {} : { actor: row.actor }),
    ...(row.target === null ? {} : { target: row.target }),
  }));
}
