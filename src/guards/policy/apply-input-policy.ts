import { sanitizeInjection } from '../injection/index.js';
import type { InjectionResult } from '../injection/index.js';
import { detectPii, redactPii } from '../pii/index.js';
import type { PiiEntity, PseudonymVault } from '../pii/index.js';
import { GuardBlockedError } from './guard-blocked-error.js';
import { InputTooLongError } from './input-too-long-error.js';
import { detectInput, type InputDetector } from './input-detector.js';

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
 * pseudonymize). Throws InputTooLongError (413) or GuardBlockedError (422). `detect` may be a cached
 * detector (cachedInputDetector) shared by requests.
 */
export function applyInputPolicy(text: string, policy: InputPolicy, vault?: PseudonymVault, detect: InputDetector = detectInput): InputPolicyResult {
  if (text.length > policy.maxInputLength) throw new InputTooLongError(text.length, policy.maxInputLength);
  const { injection, pii } = detect(text, policy.pii !== 'off');
  let action: InputPolicyResult['action'] = 'pass';
  let out = text;
  if (injection.flagged && policy.injection !== 'allow') {
    if (policy.injection === 'block') throw new GuardBlockedError(injection.score, injection.reasons);
    if (policy.injection === 'sanitize') {
      out = sanitizeInjection(text, injection.spans);
      action = 'sanitize';
    } else action = 'flag';
  }
  if (policy.pii !== 'off' && pii.length > 0) {
    // Sanitising changed the offsets, so PII is found again in the text that goes on.
    const targets = out === text ? pii : detectPii(out);
    out = redactPii(out, targets, policy.pii, vault);
  }
  return { action, text: out, injection, pii };
}
