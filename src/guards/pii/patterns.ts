import { isIPv6 } from 'node:net';
import type { PiiEntity } from './types.js';
import { cardBrandValid, IBAN_LENGTHS, ibanValid, luhnValid, ssnValid } from './validators.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:){1,7}(?::|(?::?[0-9A-Fa-f]{1,4}){1,7})(?![\w:])/g;
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
// A 40-character AWS secret access key only counts with its name close before it.
const AWS_SECRET = /(?:aws_?secret(?:_access)?_?key|secret[ _-]?(?:access[ _-]?)?key)["']?\s*[:=]?\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;
const PLACEHOLDER = /x{4,}|X{4,}|your[_-]?|\.\.\.|<|example|dummy|redacted|0{8,}|1234567890/i;

function push(out: PiiEntity[], type: PiiEntity['type'], start: number, end: number, score: number): void {
  out.push({ type, start, end, score });
}

/** Types found by pattern plus checksum or structure: EMAIL, URL, IP, CARD, IBAN, SSN, SECRET. */
export function detectPatterns(text: string, out: PiiEntity[]): void {
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) push(out, 'EMAIL', m.index, m.index + m[0].length, 0.99);
  if (text.includes('http') || text.includes('www.')) {
    for (const m of text.matchAll(URL_RE)) {
      const s = m[0].replace(/[.,;:!?)\]}]+$/, '');
      push(out, 'URL', m.index, m.index + s.length, 0.6);
    }
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(IPV4)) {
      if (m[0] === '0.0.0.0' || VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(out, 'IP_ADDRESS', m.index, m.index + m[0].length, 0.9);
    }
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(IPV6)) {
      if (m[0].length >= 6 && /[0-9a-f]{2}/i.test(m[0]) && isIPv6(m[0])) push(out, 'IP_ADDRESS', m.index, m.index + m[0].length, 0.9);
    }
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardBrandValid(digits)) push(out, 'CREDIT_CARD', m.index, m.index + m[0].length, 0.95);
  }
  for (const m of text.matchAll(IBAN)) {
    const len = IBAN_LENGTHS[m[0].slice(0, 2)];
    if (!len) continue;
    let count = 0;
    let end = m.index;
    for (let i = 0; i < m[0].length && count < len; i++) { if (m[0][i] !== ' ') count++; end = m.index + i + 1; }
    const compact = text.slice(m.index, end).replace(/ /g, '');
    if (count === len && ibanValid(compact)) push(out, 'IBAN', m.index, end, 0.98);
  }
  for (const m of text.matchAll(SSN)) {
    if (ssnValid(m[1], m[3], m[4])) push(out, 'SSN', m.index, m.index + m[0].length, 0.8);
  }
  for (const re of SECRETS) {
    for (const m of text.matchAll(re)) if (!PLACEHOLDER.test(m[0])) push(out, 'SECRET', m.index, m.index + m[0].length, 0.95);
  }
  if (/secret/i.test(text)) {
    for (const m of text.matchAll(AWS_SECRET)) {
      const start = m.index + m[0].length - m[1].length;
      if (/\d/.test(m[1]) && /[a-z]/.test(m[1]) && /[A-Z]/.test(m[1])) push(out, 'SECRET', start, start + 40, 0.9);
    }
  }
}
