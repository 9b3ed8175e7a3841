import type { PseudonymVault } from './pseudonym-vault.js';
import type { PiiEntity } from './types.js';

export type RedactAction = 'redact' | 'mask' | 'pseudonymize';

/** `j***@x.com`, `**** **** **** 4242`, `J*** S****`: enough left for a person to recognise it. */
export function maskValue(type: PiiEntity['type'], value: string): string {
  if (type === 'EMAIL') {
    const at = value.indexOf('@');
    return value[0] + '***' + value.slice(at);
  }
  if (type === 'CREDIT_CARD' || type === 'IBAN' || type === 'PHONE' || type === 'SSN') {
    // Last four characters stay, separators stay, everything else becomes '*'.
    let keep = 4;
    const chars = value.split('');
    for (let i = chars.length - 1; i >= 0; i--) {
      if (!/[A-Za-z0-9]/.test(chars[i])) continue;
      if (keep > 0) keep--; else chars[i] = '*';
    }
    return chars.join('');
  }
  if (type === 'PERSON') return value.replace(/(\p{L})[\p{L}'’-]*/gu, (w, first: string) => first + '*'.repeat(w.length - 1));
  return '*'.repeat(value.length);
}

/**
 * Rewrites `text` with each entity replaced: `[EMAIL]` (redact), a partial mask (mask), or a placeholder
 * from `vault` that `vault.restore` can undo (pseudonymize). Entities must not overlap.
 */
export function redactPii(text: string, entities: readonly PiiEntity[], action: RedactAction, vault?: PseudonymVault): string {
  if (action === 'pseudonymize' && !vault) throw new TypeError('redactPii: pseudonymize needs a PseudonymVault');
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    const value = text.slice(e.start, e.end);
    out += text.slice(pos, e.start);
    out += action === 'redact' ? `[${e.type}]` : action === 'mask' ? maskValue(e.type, value) : vault!.tokenFor(e.type, value);
    pos = e.end;
  }
  return out + text.slice(pos);
}
