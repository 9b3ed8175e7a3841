import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import type { PiiEntity } from './types.js';

// Candidates: an optional +country, then digits with the usual separators, at least 7 digits in all.
const CANDIDATE = /(?<![\w+@./-])(?:\+|00)?\(?\d[\d\s().-]{5,20}\d(?![\w@])/g;
const DEFAULT_LOCALES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'JP', 'ES', 'IT', 'NL', 'CA'];
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Phone numbers validated by libphonenumber-js, trying the hinted countries first. */
export function detectPhones(text: string, out: PiiEntity[], locales?: string[]): void {
  const countries = [...new Set([...(locales ?? []).map((l) => l.toUpperCase().slice(-2) as CountryCode), ...DEFAULT_LOCALES])];
  for (const m of text.matchAll(CANDIDATE)) {
    let cand = m[0].replace(/[\s.-]+$/, '');
    const start = m.index;
    if (/\s\s|\n/.test(cand)) cand = cand.split(/\s\s|\n/)[0];
    const digits = cand.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(cand.trim())) continue;
    const intl = cand.startsWith('+') || cand.startsWith('00');
    const tries: Array<CountryCode | undefined> = intl ? [undefined] : countries;
    for (const country of tries) {
      const parsed = parsePhoneNumberFromString(cand.startsWith('00') ? '+' + cand.slice(2) : cand, country);
      if (parsed?.isValid()) {
        out.push({ type: 'PHONE', start, end: start + cand.length, score: intl ? 0.9 : 0.75 });
        break;
      }
    }
  }
}
