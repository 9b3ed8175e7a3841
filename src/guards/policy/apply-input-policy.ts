import { sanitizeInjection } from '../injection/index.js';
import type { InjectionResult } from '../injection/index.js';
import { redactPii } from '../pii/index.js';
import type { PiiEntity, PseudonymVault } from '../pii/index.js';
import { GuardBlockedError } from './guard-blocked-error.js';
import { InputTooLongError } from './input-too-long-error.js';
import { freshDetectors, type InputDetectors } from './input-detector.js';

export interface InputPolicy {
  injection: 'allow' | 'flag' | 'sanitize' | 'block';
  pii: 'off' | 'redact' | 'mask' | 'pseudonymize';
  maxInputLength: number;
}

export interface InputPolicyResult {
  /** what happened: 'pass' (nothing found or policy allow), 'flag', 'sanitize' */
  action: 'pass' | 'flag' | 'sanitize';
  /** the text to send on: sanitised and/or with PII replaced */
  text: string;
  injection: InjectionResult;
  /** PII found in the input (offsets in the original text) */
  pii: readonly PiiEntity[];
}

/**
 * Input guards in order: length, injection (allow | flag | sanitize | block), then PII (redact | mask |
 * pseudonymize). Throws InputTooLongError (413) or GuardBlockedError (422). `detectors` may be cached
 * (cachedInputDetectors) and shared by requests. The steps are exported for a caller that runs the
 * injection scan apart, when it changes nothing that is sent (`injectionChangesNothing`).
 */
export function applyInputPolicy(text: string, policy: InputPolicy, vault?: PseudonymVault, detectors: InputDetectors = freshDetectors): InputPolicyResult {
  checkInputLength(text, policy);
  const screened = screenInjection(text, policy, detectors);
  // Sanitising changed the offsets: PII is replaced as found in the text that goes on, reported as found in the input.
  const sent = replacePii(screened.text, policy, vault, detectors);
  const pii = policy.pii === 'off' || screened.text === text ? sent.pii : detectors.pii(text);
  return { action: screened.action, text: sent.text, injection: screened.injection, pii };
}

export function checkInputLength(text: string, policy: InputPolicy): void {
  if (text.length > policy.maxInputLength) throw new InputTooLongError(text.length, policy.maxInputLength);
}

/** Under 'allow' and 'flag' the injection verdict is only reported: the text sent is the same either way. */
export function injectionChangesNothing(policy: InputPolicy): boolean {
  return policy.injection === 'allow' || policy.injection === 'flag';
}

/** The injection step: throws under 'block', sanitises under 'sanitize', otherwise reports. */
export function screenInjection(text: string, policy: InputPolicy, detectors: InputDetectors = freshDetectors): { action: InputPolicyResult['action']; text: string; injection: InjectionResult } {
  const injection = detectors.injection(text);
  if (!injection.flagged || policy.injection === 'allow') return { action: 'pass', text, injection };
  if (policy.injection === 'block') throw new GuardBlockedError(injection.score, injection.reasons);
  if (policy.injection === 'sanitize') return { action: 'sanitize', text: sanitizeInjection(text, injection.spans), injection };
  return { action: 'flag', text, injection };
}

/** The PII step: the text with the PII found in it replaced per `policy.pii`, and what was found. */
export function replacePii(
  text: string,
  policy: InputPolicy,
  vault?: PseudonymVault,
  detectors: InputDetectors = freshDetectors,
): { text: string; pii: readonly PiiEntity[] } {
  if (policy.pii === 'off') return { text, pii: [] };
  const pii = detectors.pii(text);
  return { text: pii.length > 0 ? redactPii(text, pii, policy.pii, vault) : text, pii };
}
