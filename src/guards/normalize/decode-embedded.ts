import { decodeInvisible } from './decode-invisible.js';

/** A piece of the input that was encoded, with its decoded text and where it sits in the input. */
export interface DecodedSegment {
  encoding: 'base64' | 'hex' | 'url' | 'rot13' | 'reversed' | 'unicode-tags' | 'variation-selectors';
  start: number;
  end: number;
  text: string;
}

const HEX = /\b(?:[0-9a-fA-F]{2}[\s:]?){8,}/g;
const URL_ENCODED = /(?:%[0-9a-fA-F]{2}|[A-Za-z0-9._~+-]){0,200}(?:%[0-9a-fA-F]{2}[A-Za-z0-9._~+-]*){3,}/g;
// What every URL_ENCODED match holds: three escapes with only unreserved characters between. Tried from
// every position, URL_ENCODED costs a pass per position; a "%" in "50% off" is no reason to run it.
const URL_ESCAPES = /%[0-9a-fA-F]{2}[A-Za-z0-9._~+-]*%[0-9a-fA-F]{2}[A-Za-z0-9._~+-]*%[0-9a-fA-F]{2}/;
// Common English words as they read after ROT13 ("the", "and", "you", "all", "ignore", "instructions"...).
const ROT13_HINT = /\b(?:gur|naq|lbh|nyy|vtaber|vafgehpgvbaf|cebzcg|flfgrz|cerivbhf|eriryny|cnffjbeq|sbetrg)\b/i;
const ROT13_NAME = /\brot-?13\b/i;
const REVERSED_HINT = /\b(?:backwards|reversed?|in reverse|right to left|achterstevoren|al rev[eé]s|rückwärts|à l'envers)\b/i;
// Attack words as they read written backwards ("ignore", "instructions", "prompt", "system", "previous", "password", "reveal").
const REVERSED_WORDS = /\b(?:erongi|snoitcurtsni|tpmorp|metsys|suoiverp|drowssap|laever)\b/i;
// One pass that says whether any of the hints is there at all.
const ANY_HINT = new RegExp([ROT13_HINT, ROT13_NAME, REVERSED_HINT, REVERSED_WORDS].map((hint) => hint.source).join('|'), 'i');

// Character classes for the pre-check, indexed by ASCII code.
const B64 = 1;
const B64_STRONG = 2; // an upper-case letter or digit: ordinary words have none
const HEX_DIGIT = 4;
const HEX_SEP = 8; // may sit between hex pairs
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const upperOrDigit = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (upperOrDigit || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 45) CLASS[c] |= B64;
  if (upperOrDigit) CLASS[c] |= B64_STRONG;
  if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102)) CLASS[c] |= HEX_DIGIT;
  if (c === 32 || c === 58 || c === 10 || c === 9 || c === 13) CLASS[c] |= HEX_SEP;
}

/**
 * Cheap pre-check in one pass over the char codes: is there a run of 16 base64 characters with an upper
 * case letter or digit in it, or a run of 8 hex pairs (one separator allowed after each hex digit)?
 * Ordinary words fail it, so most texts skip the decoding regexes entirely. One table look-up per
 * character: this runs over every text scanned.
 */
function candidates(text: string): { base64: boolean; hex: boolean } {
  let run = 0;
  let mixed = false;
  let hexRun = 0;
  let prevHex = false;
  let base64 = false;
  let hex = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : 0;
    if ((k & B64) !== 0) {
      run++;
      if ((k & B64_STRONG) !== 0) mixed = true;
      if (run >= 16 && mixed) base64 = true;
    } else { run = 0; mixed = false; }
    const isHexDigit = (k & HEX_DIGIT) !== 0;
    if (isHexDigit) hexRun++;
    else if ((k & HEX_SEP) === 0 || !prevHex) hexRun = 0;
    prevHex = isHexDigit;
    if (hexRun >= 16) hex = true;
    if (base64 && hex) break;
  }
  return { base64, hex };
}

// Decoded bytes must read as text: mostly printable and with some letters and spaces.
function readable(s: string): boolean {
  if (s.length < 6) return false;
  let printable = 0;
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) spaces++;
    if ((c >= 32 && c < 127) || c === 10 || c > 159) printable++;
    if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return printable / s.length > 0.95 && letters / s.length > 0.5 && spaces > 0;
}

/**
 * The matches of /[A-Za-z0-9+/_-]{16,}={0,2}/g: maximal runs of 16 or more base64 characters with up to
 * two '=' after them. Found in one pass; the regex, tried from every position, reads each shorter run
 * (every ordinary word) again from each of its characters.
 */
function forEachBase64Run(text: string, onMatch: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (CLASS[c] & B64) === 0) { i++; continue; }
    const start = i;
    while (i < n && text.charCodeAt(i) < 128 && (CLASS[text.charCodeAt(i)] & B64) !== 0) i++;
    if (i - start < 16) continue;
    if (i < n && text.charCodeAt(i) === 61) i++;
    if (i < n && text.charCodeAt(i) === 61) i++;
    onMatch(start, i);
  }
}

function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Finds base64, hex, URL-encoded, ROT13 and invisible text inside `text` and returns it decoded. */
export function decodeEmbedded(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  const cand = candidates(text);
  // exec loops on the shared regexes: `matchAll` would copy each regex on every call.
  HEX.lastIndex = 0;
  URL_ENCODED.lastIndex = 0;
  if (cand.base64) forEachBase64Run(text, (start, end) => {
    const decoded = Buffer.from(text.slice(start, end).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (readable(decoded)) out.push({ encoding: 'base64', start, end, text: decoded });
  });
  if (cand.hex) for (let m = HEX.exec(text); m !== null; m = HEX.exec(text)) {
    const decoded = Buffer.from(m[0].replace(/[\s:]/g, ''), 'hex').toString('utf8');
    if (readable(decoded)) out.push({ encoding: 'hex', start: m.index, end: m.index + m[0].length, text: decoded });
  }
  if (text.includes('%') && URL_ESCAPES.test(text)) {
    for (let m = URL_ENCODED.exec(text); m !== null; m = URL_ENCODED.exec(text)) {
      try {
        const decoded = decodeURIComponent(m[0].replace(/\+/g, ' '));
        if (readable(decoded)) out.push({ encoding: 'url', start: m.index, end: m.index + m[0].length, text: decoded });
      } catch {
        // A malformed escape is not an encoded payload.
      }
    }
  }
  decodeInvisible(text, readable, out);
  if (!ANY_HINT.test(text)) return out;
  if (ROT13_HINT.test(text) || ROT13_NAME.test(text)) out.push({ encoding: 'rot13', start: 0, end: text.length, text: rot13(text) });
  if (REVERSED_HINT.test(text) || REVERSED_WORDS.test(text)) out.push({ encoding: 'reversed', start: 0, end: text.length, text: [...text].reverse().join('') });
  return out;
}
