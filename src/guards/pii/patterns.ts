import { isIPv6 } from 'node:net';
import { forEachEmail, forEachIpv6Candidate } from './anchored-scans.js';
import { forEachObfuscatedEmail } from './obfuscated-email.js';
import { detectSecrets } from './secrets.js';
import type { PiiEntity } from './types.js';
import { cardBrandValid, IBAN_LENGTHS, ibanValid, luhnValid, ssnValid } from './validators.js';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
// A link without scheme counts with a path after a common top-level domain ("example.com/u/jdoe"): found
// from the ".tld/" and read back over the host name.
const TLD_SLASH = /\.(?:com|org|net|io|co|uk|de|fr|es|it|nl|eu|info|me|app|dev|ly|gl)\//g;
const URL_REST = /[^\s<>"'`]*/y;
const isHostChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
// Defanged as security reports write them so that nothing links them: "192[.]168[.]1[.]20", "10(.)0(.)0(.)7",
// or spaced out as a customer reads one off a router's screen: "192 . 168 . 1 . 1".
const IPV4_DEFANGED = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\[\.\]|\(\.\)|[ \t]+\.[ \t]+|\.)){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d)/g;
// One of those dots at least: an address with plain dots only is IPV4's to find.
const DEFANGED_DOT = /\[\.\]|\(\.\)|[ \t]\.[ \t]/;
// (Or in fours with dots, "4111.1111.1111.1111"; a dot between other groups is a decimal or a version.)
const CARD = /(?<![\d+.-])(?:\d(?:[ -]?\d){11,18}|\d{4}(?:\.\d{4}){2}\.\d{1,7})(?!\d|\.\d)/g;
// Brands outside the common IIN table (Maestro's 12-19 digits, regional schemes) pass Luhn alone when the
// words just before call the number a card; a gift, loyalty or membership card's number is not a payment card.
const CARD_CUE = /(?:\bcard|\bcc|credit|debit|maestro|jcb|visa|mastercard|\bpan)\b[^\n\d]{0,16}$/i;
const NOT_PAYMENT_CARD = /(?:gift|loyalty|member(?:ship)?|library|reward|store|id|sim|key)\s*card\b[^\n\d]{0,16}$/i;
// Upper or lower case, printed in groups with spaces or dashes; the country length and mod-97 decide.
const IBAN = /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}/g;
const SSN = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
// An SSN written without separators counts only with its name just before it.
// ("my social is 078051120": "social" alone is how people say it.)
const BARE_SSN = /\b(?:ssn|social(?: security)?(?: number| no\.?| #)?|ss#)[\s:#.-]*(?:is[\s:]*)?(\d{3})(\d{2})(\d{4})(?![\d-])/gi;
const BARE_SSN_GATE = /ss|social/i;
const VERSION_CONTEXT = /(?:\bv|\bversion|\brelease|\bbuild|\bver\.?|\bfirmware|\bupgrad(?:e|ed|ing) to|\bupdat(?:e|ed|ing) to)\s*$/i;

// "https://user:password@host.example.com/path", "ftp://anonymous@files.example.com": an '@' after a scheme's
// "//" ends the URL's user name and password, and the host after it is no mail domain.
const URL_USERINFO_BEFORE = /\/\/[^\s:/@]{0,64}:?$/;

const DIGIT = /\d/;
const HEX_PAIR = /[0-9a-f]{2}/i;

function push(out: PiiEntity[], type: PiiEntity['type'], start: number, end: number, score: number): void {
  out.push({ type, start, end, score });
}

// Matches are read with exec loops on the shared global regexes, not `matchAll`, which copies the regex
// (and looks its compiled code up by source) on every call: for the long patterns here that cost more
// than the search itself. Detection is synchronous, so the shared `lastIndex` is safe.

/** Types found by pattern plus checksum or structure: EMAIL, URL, IP, CARD, IBAN, SSN, SECRET. */
export function detectPatterns(text: string, out: PiiEntity[]): void {
  forEachEmail(text, (start, end) => {
    if (!inUrlUserinfo(text, start)) push(out, 'EMAIL', start, end, 0.99);
  });
  forEachObfuscatedEmail(text, (start, end) => push(out, 'EMAIL', start, end, 0.85));
  if (text.includes('http') || text.includes('www.')) {
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(text); m !== null; m = URL_RE.exec(text)) {
      const s = m[0].replace(/[.,;:!?)\]}]+$/, '');
      push(out, 'URL', m.index, m.index + s.length, 0.6);
    }
  }
  if (text.includes('/')) detectBareUrls(text, out);
  forEachIpv6Candidate(text, (start, m) => {
    if (m.length >= 6 && HEX_PAIR.test(m) && isIPv6(m)) push(out, 'IP_ADDRESS', start, start + m.length, 0.9);
  });
  if (DIGIT.test(text)) detectNumbers(text, out);
  detectSecrets(text, out);
}

/** Whether an e-mail-like match starting at `start` is the password or user name of a URL. */
function inUrlUserinfo(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return (before === 58 || before === 47) && URL_USERINFO_BEFORE.test(text.slice(Math.max(0, start - 67), start));
}

function cardCueBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  return CARD_CUE.test(before) && !NOT_PAYMENT_CARD.test(before);
}

function detectBareUrls(text: string, out: PiiEntity[]): void {
  TLD_SLASH.lastIndex = 0;
  for (let m = TLD_SLASH.exec(text); m !== null; m = TLD_SLASH.exec(text)) {
    let start = m.index;
    while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
    // After a scheme, a "www.", an e-mail's '@' or inside a path, the link is someone else's to find.
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (start === m.index || text.charCodeAt(start) === 46 || before === 47 || before === 64 || before === 95 || /^www\./i.test(text.slice(start, start + 4))) continue;
    URL_REST.lastIndex = m.index + m[0].length;
    URL_REST.test(text);
    const s = text.slice(start, URL_REST.lastIndex).replace(/[.,;:!?)\]}]+$/, '');
    push(out, 'URL', start, start + s.length, 0.5);
    TLD_SLASH.lastIndex = start + s.length;
  }
}

/** IPv4, cards, IBANs and SSNs: all hold digits. */
function detectNumbers(text: string, out: PiiEntity[]): void {
  if (text.includes('.')) {
    IPV4.lastIndex = 0;
    for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
      // Loopback addresses are the machine itself, not anyone's.
      if (m[0] === '0.0.0.0' || m[0].startsWith('127.') || VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      push(out, 'IP_ADDRESS', m.index, m.index + m[0].length, 0.9);
    }
  }
  if (DEFANGED_DOT.test(text)) {
    IPV4_DEFANGED.lastIndex = 0;
    for (let m = IPV4_DEFANGED.exec(text); m !== null; m = IPV4_DEFANGED.exec(text)) {
      if (DEFANGED_DOT.test(m[0])) push(out, 'IP_ADDRESS', m.index, m.index + m[0].length, 0.85);
    }
  }
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
    const digits = m[0].replace(/[ .-]/g, '');
    if (digits.length > 19 || !luhnValid(digits)) continue;
    if (digits.length >= 13 && cardBrandValid(digits)) push(out, 'CREDIT_CARD', m.index, m.index + m[0].length, 0.95);
    else if (cardCueBefore(text, m.index)) push(out, 'CREDIT_CARD', m.index, m.index + m[0].length, 0.8);
  }
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    const len = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    let count = 0;
    let end = m.index;
    if (len) for (let i = 0; i < m[0].length && count < len; i++) { if (m[0][i] !== ' ' && m[0][i] !== '-') count++; end = m.index + i + 1; }
    const compact = text.slice(m.index, end).replace(/[ -]/g, '').toUpperCase();
    if (count === len && ibanValid(compact)) push(out, 'IBAN', m.index, end, 0.98);
    // A word like "ab12" before an IBAN must not swallow its start: look again just after it.
    else IBAN.lastIndex = m.index + 4;
  }
  SSN.lastIndex = 0;
  for (let m = SSN.exec(text); m !== null; m = SSN.exec(text)) {
    if (ssnValid(m[1], m[3], m[4])) push(out, 'SSN', m.index, m.index + m[0].length, 0.8);
  }
  if (BARE_SSN_GATE.test(text)) {
    BARE_SSN.lastIndex = 0;
    for (let m = BARE_SSN.exec(text); m !== null; m = BARE_SSN.exec(text)) {
      if (ssnValid(m[1], m[2], m[3])) push(out, 'SSN', m.index + m[0].length - 9, m.index + m[0].length, 0.75);
    }
  }
}
