import type { AbortSignalLike, ChatMessage, LanguageModelUsage } from '../providers/spec/index.js';

/** One try against one model; every attempt is reported to the caller. */
export interface AttemptReport {
  provider: string;
  model: string;
  status: 'ok' | 'error' | 'invalid' | 'skipped';
  ms: number;
  /** Error kind and message (never the prompt or user text). */
  error?: string;
}

export interface ExecuteRequest {
  /** `id`, `id@1.1.0`, `id@current`, `id@latest`. */
  prompt: string;
  variables: Record<string, unknown>;
  /** Earlier turns, placed between the system message and the new user turn. */
  conversation?: ChatMessage[];
  /** Overrides the version's primary model. */
  model?: string;
  /** Overrides the version's parameters. */
  parameters?: { temperature?: number; maxTokens?: number; topP?: number; seed?: number };
  /** Overall deadline for the whole call, retries and fallbacks included. */
  deadlineMs?: number;
  signal?: AbortSignalLike;
  /** Keeps pseudonyms (`<PERSON_1>`) stable across a conversation's turns. */
  conversationId?: string;
  /** Skips the response cache. */
  noCache?: boolean;
}

export interface ExecuteResult {
  output: string;
  prompt: string;
  version: string;
  model: string;
  provider: string;
  usage: LanguageModelUsage;
  attempts: AttemptReport[];
  /** True when the answer is the version's fallback response, not a model's. */
  fallback: boolean;
  /** Template warnings (an undeclared variable...); absent when there are none. */
  warnings?: string[];
  /** Set when the model asked for does not exist and another answered (e.g. the demo model). */
  notice?: string;
  latencyMs: number;
  costUsd?: number;
  /** What the input and output guards found and did (scores and types only). */
  guard?: import('./guard-stage.js').GuardReport;
  cached: boolean;
}
