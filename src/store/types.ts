import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema.js';

export type StoreDialect = 'sqlite' | 'postgres';

export interface OpenStoreOptions {
  /** `sqlite:path`, a file path, `:memory:` or `postgres://...`; default `<cwd>/.promptops/promptops.db`. */
  url?: string;
  /** Base for relative SQLite paths and the default database; default `process.cwd()`. */
  cwd?: string;
  /** Applied to every free text written by the request log (input, output, error text, JSON strings). */
  redact?: (text: string) => string;
  /** How long a queued request record may wait before a background flush; default 250 ms. */
  flushIntervalMs?: number;
  /** Request records per INSERT; a full batch triggers a flush at once; default 200. */
  batchSize?: number;
  /** Records held in memory at most; beyond it new ones are dropped and counted; default 100,000. */
  maxQueue?: number;
  /** SQLite file: how often the writer thread checkpoints the WAL into the database file; default 1,000 ms. */
  checkpointIntervalMs?: number;
  /** Milliseconds since the epoch; used for audit, conversations, prompt versions and retention. */
  clock?: () => number;
}

export type RequestStatus = 'ok' | 'error' | 'fallback' | 'blocked';

/** What the guards decided for one request (numbers and labels only, never the text). */
export interface RequestGuardInfo {
  injectionScore?: number;
  injectionAction?: 'allow' | 'flag' | 'sanitise' | 'block';
  piiTypes?: string[];
  [key: string]: unknown;
}

/** One model call in a request; a structural copy of the runtime's attempt report. */
export interface RequestAttempt {
  provider: string;
  model: string;
  status: string;
  ms: number;
  error?: string;
  [key: string]: unknown;
}

export interface RequestRecord {
  id: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  promptId?: string;
  version?: string;
  provider?: string;
  model: string;
  status: RequestStatus;
  httpStatus: number;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd?: number;
  errorKind?: string;
  errorMessage?: string;
  input?: string;
  output?: string;
  attempts: RequestAttempt[];
  fallback: boolean;
  guard: RequestGuardInfo;
}

export interface StoreStats {
  /** Request records waiting for the next flush. */
  queued: number;
  /** Request records written since the store was opened. */
  written: number;
  /** Request records dropped because the queue was full or the store was closed. */
  dropped: number;
  /** Flushes that failed; their records stay queued and are retried. */
  failedFlushes: number;
  lastError?: string;
  /** Request records set aside at flush time because they were malformed (never retried). */
  rejected: number;
  lastRejection?: string;
}

export interface StoreHealth {
  ok: boolean;
  dialect: StoreDialect;
  error?: string;
}

export interface PromptVersionInput {
  promptId: string;
  version: string;
  hash: string;
  /** Default: the store's clock. */
  seenAt?: number;
}

export interface PromptVersionRecordResult {
  /** True when this id+version was stored before with a different hash. */
  changed: boolean;
  /** True when this id+version was not stored before. */
  created: boolean;
  previousHash?: string;
}

export interface PromptVersionRow {
  promptId: string;
  version: string;
  hash: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface AuditEvent {
  actor?: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: string;
  at: number;
  actor?: string;
  action: string;
  target?: string;
  details: Record<string, unknown>;
}

export interface EvalRun {
  id: string;
  promptId: string;
  version: string;
  startedAt: number;
  finishedAt?: number;
  summary: Record<string, unknown>;
}

export interface EvalCaseResult {
  caseId: string;
  passed: boolean;
  score: number;
  details: Record<string, unknown>;
}

export interface EvalRunWithResults extends EvalRun {
  results: EvalCaseResult[];
}

export type ConversationRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ConversationTurn {
  role: ConversationRole;
  content: string;
  createdAt: number;
}

export interface PurgeResult {
  conversationTurns: number;
}

export interface Store {
  readonly dialect: StoreDialect;
  /** The URL with any password replaced, safe to print. */
  readonly url: string;
  readonly db: Kysely<StoreDatabase>;
  readonly stats: StoreStats;
  /** Queues the record; it is redacted and written in a later batch. Never throws, never waits. */
  recordRequest(record: RequestRecord): void;
  /** Writes every queued record; rejects with a StoreError when the database refuses them (they stay queued). */
  flush(): Promise<void>;
  /** Flushes, then releases the database. Records passed to `recordRequest` afterwards are dropped and counted. */
  close(): Promise<void>;
  health(): Promise<StoreHealth>;
  listRequests(query: { limit: number; promptId?: string }): Promise<RequestRecord[]>;
  recordPromptVersion(input: PromptVersionInput): Promise<PromptVersionRecordResult>;
  listPromptVersions(promptId?: string): Promise<PromptVersionRow[]>;
  audit(event: AuditEvent): Promise<AuditEntry>;
  listAudit(query: { limit: number; action?: string }): Promise<AuditEntry[]>;
  /** Inserts or replaces the run (record it at start, then again with `finishedAt` and the summary). */
  recordEvalRun(run: EvalRun): Promise<void>;
  /** Inserts or replaces results by case id. */
  recordEvalResults(runId: string, results: EvalCaseResult[]): Promise<void>;
  getEvalRun(id: string): Promise<EvalRunWithResults | undefined>;
  listEvalRuns(query: { promptId?: string; limit: number }): Promise<EvalRun[]>;
  saveConversationTurn(conversationId: string, role: ConversationRole, content: string): Promise<void>;
  /** Turns oldest first; empty when unknown or purged. */
  getConversation(conversationId: string): Promise<ConversationTurn[]>;
  /** Deletes conversation turns older than `retentionDays` by the store's clock. */
  purgeExpired(retentionDays: number): Promise<PurgeResult>;
}
