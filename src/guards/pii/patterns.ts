import { isIPv6 } from 'node:net';
import { forEachEmail, forEachIpv6Candidate } from './anchored-scans.js';
import type { PiiEntity } from './types.js';
import { cardBrandValid, IBAN_LENGTHS, ibanValid, luhnValid, ssnValid } from './validators.js';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
const CARD = /(?<![\d+-])\d(?:[ -]?\d){12,18}(?![\d])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}/g;
const SSN = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
const VERSION_CONTEXT = /(?:\bv|version|release|build|ver\.?|firmware|update to|upgrade to|updated to)\s*$/i;

const SECRETS: RegExp[] = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\bsk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{20,}/g,
  /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
];
// A PEM private key, header to footer (its lines of base64 are the secret).
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{16,}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;
// A 40-character AWS secret access key only counts with its name close before it.
const AWS_SECRET = /(?:aws_?secret(?:_access)?_?key|secret[ _-]?(?:access[ _-]?)?key)["']?\s*[:=]?\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;
// One pass that says whether any of the secret patterns can match: most texts hold none of these prefixes.
const SECRET_PREFIX = /AKIA|ASIA|gh[pousr]_|github_pat_|sk-|[rs]k_|xox[abposr]-|AIza|eyJ/;
const DIGIT = /\d/;
const HEX_PAIR = /[0-9a-f]{2}/i;
const SECRET_WORD = /secret/i;
const PLACEHOLDER = /x{4,}|X{4,}|your[_-]?|\.\.\.|<|example|dummy|redacted|0{8,}|1234567890/i;

function push(out: PiiEntity[], type: PiiEntity['type'], start: number, end: number, score: number): void {
  out.push({ type, start, end, score });
}

// Matches are read with exec loops on the shared global regexes, not `matchAll`, which copies the regex
// (and looks its compiled code up by source) on every call: for the long patterns here that cost more
// than the search itself. Detection is synchronous, so the shared `lastIndex` is safe.

/** Types found by pattern plus checksum or structure: EMAIL, URL, IP, CARD, IBAN, SSN, SECRET. */
export function detectPatterns(text: string, out: PiiEntity[]): void {
  forEachEmail(text, (start, end) => push(out, 'EMAIL', start, end, 0.99));
  if (text.includes('http') || text.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
      const s = m[0].replace(/[.,;:!?)\]}]+$/, '');
      push(out, 'URL', m.index, m.index + s.length, 0.6);
    }
  }
  forEachIpv6Candidate(text, (start, m) => {
    if (m.length >= 6 && HEX_PAIR.test(m) && isIPv6(m)) push(out, 'IP_ADDRESS', start, start + m.length, 0.9);
  });
  if (DIGIT.test(text)) detectNumbers(text, out);
  detectSecrets(text, out);
}

/** IPv4, cards, IBANs and SSNs: all hold digits. */
function detectNumbers(text: string, out: PiiEntity[]): void {
  if (text.includes('.')) {
    IPV4.lastIndex = 0;
    for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
      if (m[0] === '0.0.0.0' || VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(out, 'IP_ADDRESS', m.index, m.index + m[0].length, 0.9);
    }
  }
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardBrandValid(digits)) push(out, 'CREDIT_CARD', m.index, m.index + m[0].length, 0.95);
  }
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    const len = IBAN_LENGTHS[m[0].slice(0, 2)];
    if (!len) continue;
    let count = 0;
    let end = m.index;
    for (let i = 0; i < m[0].length && count < len; i++) { if (m[0][i] !== ' ') count++; end = m.index + i + 1; }
    const compact = text.slice(m.index, end).replace(/ /g, '');
    if (count === len && ibanValid(compact)) push(out, 'IBAN', m.index, end, 0.98);
  }
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m !== null; m = SSN.exec(text)) {
    if (ssnValid(m[1], m[3], m[4])) push(out, 'SSN', m.index, m.index + m[0].length, 0.8);
  }
}

function detectSecrets(text: string, out: PiiEntity[]): void {
  if (SECRET_PREFIX.test(text)) {
    for (const re of SECRETS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!PLACEHOLDER.test(m[0])) push(out, 'SECRET', m.index, m.index + m[0].length, 0.95);
    }
  }
  if (text.includes('-----BEGIN')) {
    PRIVATE_KEY.lastIndex = 0;
    for (let m = PRIVATE_KEY.exec(text); m !== null; m = PRIVATE_KEY.exec(text)) push(out, 'SECRET', m.index, m.index + m[0].length, 0.99);
  }
  if (SECRET_WORD.test(text)) {
    AWS_SECRET.lastIndex = 0;
    for (let m = AWS_SECRET.exec(text); m !== null; m = AWS_SECRET.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      if (/\d/.test(m[1]) && /[a-z]/.test(m[1]) && /[A-Z]/.test(m[1])) push(out, 'SECRET', start, start + 40, 0.9);
    }
  }
}
