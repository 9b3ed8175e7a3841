import type { CompiledQuery, Kysely } from 'kysely';
import { redactJson } from '../redact.js';
import type { RequestsTable, StoreDatabase } from '../schema.js';
import type { RequestAttempt, RequestGuardInfo, RequestRecord, RequestStatus } from '../types.js';
import { parseJson } from './json.js';

/** The only way a request record reaches a row: every free text goes through `redact` first. */
export function toRequestRow(record: RequestRecord, redact: (text: string) => string): RequestsTable {
  const text = (value: string | undefined) => (value === undefined ? null : redact(value));
  return {
    id: record.id,
    ts: record.timestamp,
    prompt_id: record.promptId ?? null,
    version: record.version ?? null,
    provider: record.provider ?? null,
    model: record.model,
    status: record.status,
    http_status: record.httpStatus,
    latency_ms: record.latencyMs,
    input_tokens: record.inputTokens,
    output_tokens: record.outputTokens,
    cost_usd: record.costUsd ?? null,
    error_kind: record.errorKind ?? null,
    error_message: text(record.errorMessage),
    input: text(record.input),
    output: text(record.output),
    attempts: JSON.stringify(redactJson(record.attempts ?? [], redact)),
    fallback: record.fallback ? 1 : 0,
    guard: JSON.stringify(redactJson(record.guard ?? {}, redact)),
  };
}

function fromRequestRow(row: RequestsTable): RequestRecord {
  const record: RequestRecord = {
    id: row.id,
    timestamp: Number(row.ts),
    model: row.model,
    status: row.status as RequestStatus,
    httpStatus: row.http_status,
    latencyMs: row.latency_ms,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    attempts: parseJson<RequestAttempt[]>(row.attempts, []),
    fallback: row.fallback === 1,
    guard: parseJson<RequestGuardInfo>(row.guard, {}),
  };
  const optional = {
    promptId: row.prompt_id,
    version: row.version,
    provider: row.provider,
    costUsd: row.cost_usd,
    errorKind: row.error_kind,
    errorMessage: row.error_message,
    input: row.input,
    output: row.output,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null) (record as unknown as Record<string, unknown>)[key] = value;
  }
  return record;
}

interface PreparedInsert {
  compiled: CompiledQuery;
  columns: Array<keyof RequestsTable>;
}

// 19 columns x 512 rows stays under SQLite's 32,766 and PostgreSQL's 65,535 bind parameters.
const MAX_ROWS_PER_STATEMENT = 512;

/**
 * Compiling a multi-row INSERT costs about as much as running it. Batches are cut into statements of
 * power-of-two row counts (200 rows: 128 + 64 + 8), so there are only ten statement shapes: the SQL
 * kysely built for each is kept and only the parameters change (and the SQLite driver keeps the prepared
 * statement for the same SQL). Rows all come from toRequestRow, so they share one key order, which is
 * kysely's parameter order.
 */
const prepared = new WeakMap<Kysely<StoreDatabase>, Map<number, PreparedInsert>>();

function insertStatement(db: Kysely<StoreDatabase>, rows: RequestsTable[]): CompiledQuery {
  let bySize = prepared.get(db);
  if (bySize === undefined) prepared.set(db, (bySize = new Map()));
  const hit = bySize.get(rows.length);
  if (hit !== undefined) {
    const { columns } = hit;
    const parameters: unknown[] = new Array(rows.length * columns.length);
    let at = 0;
    for (const row of rows) for (const column of columns) parameters[at++] = row[column];
    return { ...hit.compiled, parameters };
  }
  const compiled = db
    .insertInto('requests')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .compile();
  bySize.set(rows.length, { compiled, columns: Object.keys(rows[0]!) as Array<keyof RequestsTable> });
  return compiled;
}

/**
 * The INSERTs that store the rows, to be run in one transaction; a row whose id is already stored (a
 * retried batch that did commit) is skipped.
 */
export function requestInsertQueries(db: Kysely<StoreDatabase>, rows: RequestsTable[]): CompiledQuery[] {
  const queries: CompiledQuery[] = [];
  for (let i = 0; i < rows.length; ) {
    let size = MAX_ROWS_PER_STATEMENT;
    while (size > rows.length - i) size >>= 1;
    queries.push(insertStatement(db, rows.slice(i, i + size)));
    i += size;
  }
  return queries;
}

export async function listRequests(
  db: Kysely<StoreDatabase>,
  query: { limit: number; promptId?: string },
): Promise<RequestRecord[]> {
  let select = db.selectFrom('requests').selectAll();
  if (query.promptId !== undefined) select = select.where('prompt_id', '=', query.promptId);
  const rows = await select.orderBy('ts', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map(fromRequestRow);
}
