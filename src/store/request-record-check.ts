import type { RequestRecord } from './types.js';

const STATUSES: ReadonlySet<string> = new Set(['ok', 'error', 'fallback', 'blocked']);
const OPTIONAL_TEXT = ['promptId', 'version', 'provider', 'errorKind', 'errorMessage', 'input', 'output'] as const;

/**
 * Why a record cannot be stored, or undefined. Checked at flush time (off the hot path) so that one
 * malformed record is set aside instead of failing, and endlessly retrying, the whole batch.
 */
export function requestRecordProblem(record: RequestRecord): string | undefined {
  if (record === null || typeof record !== 'object') return 'record is not an object';
  if (typeof record.id !== 'string' || record.id === '') return 'id must be a non-empty string';
  if (!Number.isFinite(record.timestamp)) return `timestamp must be milliseconds, got ${String(record.timestamp)}`;
  if (typeof record.model !== 'string') return 'model must be a string';
  if (!STATUSES.has(record.status)) return `status must be one of ${[...STATUSES].join('|')}, got ${String(record.status)}`;
  if (!Number.isInteger(record.httpStatus)) return 'httpStatus must be an integer';
  for (const key of ['latencyMs', 'inputTokens', 'outputTokens'] as const) {
    if (!Number.isFinite(record[key])) return `${key} must be a finite number`;
  }
  if (!Number.isInteger(record.inputTokens) || !Number.isInteger(record.outputTokens)) return 'token counts must be integers';
  if (record.costUsd !== undefined && !Number.isFinite(record.costUsd)) return 'costUsd must be a finite number';
  for (const key of OPTIONAL_TEXT) {
    if (record[key] !== undefined && typeof record[key] !== 'string') return `${key} must be a string`;
  }
  if (typeof record.fallback !== 'boolean') return 'fallback must be a boolean';
  if (!Array.isArray(record.attempts)) return 'attempts must be an array';
  if (record.guard === null || typeof record.guard !== 'object') return 'guard must be an object';
  return undefined;
}
