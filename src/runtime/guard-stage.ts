import { LRUCache } from 'lru-cache';
import {
  applyInputPolicy,
  cachedInputDetectors,
  canaryLine,
  checkInputLength,
  checkOutput,
  createCanary,
  fenceData,
  fenceInstructions,
  injectionChangesNothing,
  PseudonymVault,
  replacePii,
  screenInjection,
  type DetectionCacheOptions,
  type InjectionResult,
  type InputDetectors,
  type InputPolicy,
} from '../guards/index.js';
import type { ChatMessage } from '../providers/spec/index.js';
import { whileSending } from './while-sending.js';

/** What the guards saw and did for one request: scores, labels and types, never the text. */
export interface GuardReport {
  action: 'pass' | 'flag' | 'sanitize' | 'block';
  injection: { score: number; flagged: boolean; reasons: string[] };
  /** PII types found in the input. */
  pii: string[];
  /** What was done with them before any model saw them (`off`: nothing). */
  piiAction: InputPolicy['pii'];
  output?: { leaked: boolean; reasons: string[]; pii: string[] };
}

export interface GuardedInput {
  /** Variables with injections sanitised and PII replaced, per the policy. */
  variables: Record<string, unknown>;
  conversation: ChatMessage[];
  /**
   * What the guards saw and did. Under a policy that only flags or allows injections the injection scan
   * does not hold up the call: it runs once the call is on its way (see `whileSending`), and reading the
   * report runs it now if it has not run yet.
   */
  report: () => GuardReport;
  /** Restores pseudonymised values in the model's answer; absent when nothing was pseudonymised. */
  restore?: (text: string) => string;
}

export interface GuardStage {
  checkInput(variables: Record<string, unknown>, conversation: ChatMessage[], policy: InputPolicy, conversationId?: string): GuardedInput;
  /** Fences multi-word string values that go into the system message (spotlighting), so they read as data. */
  fenceSystemVariables(variables: Record<string, unknown>): Record<string, unknown>;
  /** Adds the fencing instructions and a fresh canary to the system message; returns the canary. */
  armSystemMessage(messages: ChatMessage[]): { messages: ChatMessage[]; canary: string };
  checkOutput(output: string, canary: string, systemPrompt: string): NonNullable<GuardReport['output']>;
}

const SEVERITY = { pass: 0, flag: 1, sanitize: 2, block: 3 } as const;

/**
 * Input and output guards as one pipeline stage. Pseudonym vaults live per conversation (so `<PERSON_1>`
 * stays the same person across turns) and expire with the retention period.
 */
export function createGuardStage(
  options: { retentionMs?: number; maxConversations?: number; detectionCache?: DetectionCacheOptions; detectors?: InputDetectors } = {},
): GuardStage {
  const retentionMs = options.retentionMs ?? 24 * 3_600_000;
  // Earlier turns come back with every request of a conversation: each text is scanned once.
  const detect = cachedInputDetectors(options.detectionCache, options.detectors);
  const vaults = new LRUCache<string, PseudonymVault>({ max: options.maxConversations ?? 10_000, ttl: retentionMs, updateAgeOnGet: true });

  function vaultFor(conversationId: string | undefined): PseudonymVault {
    if (!conversationId) return new PseudonymVault(retentionMs);
    let vault = vaults.get(conversationId);
    if (!vault) {
      vault = new PseudonymVault(retentionMs);
      vaults.set(conversationId, vault);
    }
    return vault;
  }

  return {
    checkInput(variables, conversation, policy, conversationId) {
      const vault = policy.pii === 'pseudonymize' ? vaultFor(conversationId) : undefined;
      const report: GuardReport = { action: 'pass', injection: { score: 0, flagged: false, reasons: [] }, pii: [], piiAction: policy.pii };
      const note = (action: GuardReport['action'], injection: InjectionResult) => {
        if (SEVERITY[action] > SEVERITY[report.action]) report.action = action;
        if (injection.score > report.injection.score) report.injection = { score: injection.score, flagged: injection.flagged, reasons: [...injection.reasons] };
      };
      const piiTypes = new Set<string>();
      const later = injectionChangesNothing(policy) ? [] as string[] : undefined;
      const guard = (text: string): string => {
        if (later === undefined) {
          const result = applyInputPolicy(text, policy, vault, detect);
          note(result.action, result.injection);
          for (const entity of result.pii) piiTypes.add(entity.type);
          return result.text;
        }
        checkInputLength(text, policy);
        later.push(text);
        const replaced = replacePii(text, policy, vault, detect);
        for (const entity of replaced.pii) piiTypes.add(entity.type);
        return replaced.text;
      };
      const guardedVariables: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(variables)) guardedVariables[name] = typeof value === 'string' && value ? guard(value) : value;
      const guardedConversation = conversation.map((turn) => {
        if (turn.role !== 'user') return turn;
        // Copied, then overwritten: `{ ...turn, content }` would build a new hidden class every call (Node 20's V8).
        const guarded = { ...turn };
        guarded.content = guard(turn.content);
        return guarded;
      });
      report.pii = [...piiTypes].sort();
      const screenLater = () => {
        for (const text of later!) {
          const screened = screenInjection(text, policy, detect);
          note(screened.action, screened.injection);
        }
      };
      return {
        variables: guardedVariables,
        conversation: guardedConversation,
        report: later && later.length > 0 ? whileSending(screenLater, report) : () => report,
        restore: vault && vault.size > 0 ? (text) => vault.restore(text) : undefined,
      };
    },

    fenceSystemVariables(variables) {
      const fenced: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(variables)) {
        fenced[name] = typeof value === 'string' && /\s/.test(value.trim()) ? fenceData(value, { label: name }) : value;
      }
      return fenced;
    },

    armSystemMessage(messages) {
      const canary = createCanary();
      const [system, ...rest] = messages;
      let armed: ChatMessage;
      if (system?.role === 'system') {
        armed = { ...system };
        armed.content = `${system.content}\n\n${fenceInstructions()}\n${canaryLine(canary)}`;
      } else {
        armed = { role: 'system', content: `${fenceInstructions()}\n${canaryLine(canary)}` };
      }
      return { messages: system?.role === 'system' ? [armed, ...rest] : [armed, ...messages], canary };
    },

    checkOutput(output, canary, systemPrompt) {
      const check = checkOutput(output, { canary, systemPrompt });
      return { leaked: check.leaked, reasons: check.reasons, pii: [...new Set(check.pii.map((entity) => entity.type))].sort() };
    },
  };
}
