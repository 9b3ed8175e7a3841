/**
 * Row shapes as both dialects return them. Only portable column types are used: text, integer,
 * bigint (parsed to number on PostgreSQL, see connect.ts), double precision; booleans are 0/1 and
 * JSON is text, because better-sqlite3 binds neither booleans nor objects.
 */
export interface RequestsTable {
  id: string;
  ts: number;
  prompt_id: string | null;
  version: string | null;
  provider: string | null;
  model: string;
  status: string;
  http_status: number;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
  error_kind: string | null;
  error_message: string | null;
  input: string | null;
  output: string | null;
  attempts: string;
  fallback: number;
  guard: string;
}

export interface PromptVersionsTable {
  prompt_id: string;
  version: string;
  hash: string;
  first_seen_at: number;
  last_seen_at: number;
}

export interface AuditLogTable {
  id: string;
  at: number;
  actor: string | null;
  action: string;
  target: string | null;
  details: string;
}

export interface EvalRunsTable {
  id: string;
  prompt_id: string;
  version: string;
  started_at: number;
  finished_at: number | null;
  summary: string;
}

export interface EvalResultsTable {
  run_id: string;
  case_id: string;
  passed: number;
  score: number;
  details: string;
}

export interface ConversationTurnsTable {
  id: string;
  conversation_id: string;
  role: string;
  content: string;
  created_at: number;
}

export interface StoreDatabase {
  requests: RequestsTable;
  prompt_versions: PromptVersionsTable;
  audit_log: AuditLogTable;
  eval_runs: EvalRunsTable;
  eval_results: EvalResultsTable;
  conversation_turns: ConversationTurnsTable;
}
