import type { PiiEntity } from './types.js';

const SECRETS: RegExp[] = [
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
  /\bsk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{20,}/g,
  /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // GitLab, npm, Hugging Face, Shopify, DigitalOcean, SendGrid, Google OAuth access tokens, Slack app tokens.
  /\b(?:glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|ya29\.[A-Za-z0-9_-]{30,}|xapp-\d-[A-Za-z0-9-]{20,})/g,
];
// A PEM private key, header to footer (its lines of base64 are the secret).
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{16,}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;
// A 40-character AWS secret access key only counts with its name close before it.
const AWS_SECRET = /(?:aws_?secret(?:_access)?_?key|secret[ _-]?(?:access[ _-]?)?key)["']?\s*[:=]?\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi;
// One pass that says whether any of the secret patterns can match: most texts hold none of these prefixes.
// (Grouped by first letters: fewer alternatives make this test, run on every text, faster.)
const SECRET_PREFIX = /A(?:KIA|SIA|Iza)|g(?:h[pousr]_|ithub_pat_|lpat-)|[rs]k[-_]|x(?:ox[abposr]|app)-|eyJ|npm_|hf_|shp[acps]_|dop_v1_|SG\.|ya29\./;
const SECRET_WORD = /secret/i;
// Counting digits are an example only when nothing else follows the issuer's prefix ("sk-12345678901234567890",
// a password "1234567890"): a real token may hold such a run among its random characters.
const PLACEHOLDER = /x{4,}|X{4,}|your[_-]?|\.\.\.|<|example|dummy|redacted|0{8,}|^(?:[a-z]+[-_])*(?:1234567890|0123456789|[-_])+$/i;

// The password of a connection string or URL ("postgres://admin:S3cr3t@db:5432/prod"); a variable or a
// word standing for it ("${DB_PASSWORD}", "password") is none.
// Tried where a "://" is (a regex starting with the scheme would be tried at every position of the text).
const URL_CREDENTIALS = /\/\/[^\s:/@]{0,64}:([^\s@/]{3,128})@/y;
const NAMED_PASSWORD = /^(?:pass(?:word)?|pwd|secret|\*+|\$\{.*\}|\$\w+|%\w+%|\{\{.*\}\})$/i;

// A token after "Bearer"/"Basic" in an Authorization header or a curl line.
const BEARER = /\b(?:Bearer|Basic)[ \t]+([A-Za-z0-9._~+/-]{20,}=*)/g;
// A password, passphrase or PIN given in a field or a sentence, in the languages of our customers.
const PASSWORD = /\b(?:password|passwd|pwd|pass(?:code|phrase|wort)|kennwort|mot de passe|contrase[ñn]a|wachtwoord|senha|pin(?: code| number)?|code pin)\b(?:[ \t]+(?:is|was|ist|est|es|è|=|:))?[ \t]*[:=]?[ \t]*["'`]?([^\s"'`,;]{4,64})/gi;
// A value given under a key's name ("api_key: ...", "client secret = ...", "auth token is ..."): long, with
// letters and digits, so a word or an order number is none.
const KEYED_SECRET = /\b(?:api[ _-]?key|api[ _-]?secret|secret(?:[ _-]?key)?|client[ _-]?secret|access[ _-]?(?:key|token)|auth(?:[ _-]?token)?|(?:refresh|session|bot|bearer)[ _-]?token|token)["']?[ \t]*(?:[:=]|is\b)[ \t]*["'`]?([A-Za-z0-9][A-Za-z0-9/+_.~=-]{15,127})/gi;
// What every such value has right before it ("key" alone is in "monkey" and "keyboard": too many texts).
const KEY_WORD = /(?:key|secret|token|auth)["']?[ \t]*(?:[:=]|is\b)/i;
// One test for the two context rules below (a regex call costs about as much as scanning a short text).
const CONTEXT_GATE = /p(?:ass|wd|in)|wort|contrase|senha|bearer |basic /i;
// Words that follow "password" in ordinary sentences ("password reset", "password is incorrect").
const NOT_A_PASSWORD = /^(?:reset|change|changed|manager|policy|protected|required|incorrect|wrong|invalid|expired|field|hint|recovery|strength|again|here|below|above|please|for|from|with|that|this|when|which|will|should|must|does|doesn't|isn't|was|the|and|not|your|my|our|their|\*+|•+|x+|\[.*|\(.*)$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_SYMBOL_OR_CASE = /[^A-Za-z]|[a-z][A-Z]|[A-Z].*[a-z].*[A-Z]/;

function push(out: PiiEntity[], start: number, end: number, score: number): void {
  out.push({ type: 'SECRET', start, end, score });
}

/** API keys and tokens by their issuers' prefixes, PEM keys, AWS secret keys, bearer tokens, passwords in context and in URLs. */
export function detectSecrets(text: string, out: PiiEntity[]): void {
  if (SECRET_PREFIX.test(text)) {
    for (const re of SECRETS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!PLACEHOLDER.test(m[0])) push(out, m.index, m.index + m[0].length, 0.95);
    }
  }
  if (text.includes('-----BEGIN')) {
    PRIVATE_KEY.lastIndex = 0;
    for (let m = PRIVATE_KEY.exec(text); m !== null; m = PRIVATE_KEY.exec(text)) push(out, m.index, m.index + m[0].length, 0.99);
  }
  if (SECRET_WORD.test(text)) {
    AWS_SECRET.lastIndex = 0;
    for (let m = AWS_SECRET.exec(text); m !== null; m = AWS_SECRET.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      if (/\d/.test(m[1]) && /[a-z]/.test(m[1]) && /[A-Z]/.test(m[1])) push(out, start, start + 40, 0.9);
    }
  }
  if (text.includes('://')) detectUrlCredentials(text, out);
  if (KEY_WORD.test(text)) detectOpaqueValues(KEYED_SECRET, text, out, 16);
  if (CONTEXT_GATE.test(text)) {
    detectOpaqueValues(BEARER, text, out, 0);
    detectPasswords(text, out);
  }
}

function detectUrlCredentials(text: string, out: PiiEntity[]): void {
  for (let at = text.indexOf('://'); at > 0; at = text.indexOf('://', at + 3)) {
    URL_CREDENTIALS.lastIndex = at + 1;
    const m = URL_CREDENTIALS.exec(text);
    if (m === null || NAMED_PASSWORD.test(m[1]) || PLACEHOLDER.test(m[1])) continue;
    const start = at + 1 + m[0].length - 1 - m[1].length;
    push(out, start, start + m[1].length, 0.9);
  }
}

/**
 * Values captured by `re` (group 1) that read as tokens: letters and digits, no placeholder, at least
 * `minLength` long once trailing dots are cut. A token with a known prefix is found above, with its own
 * exact extent.
 */
function detectOpaqueValues(re: RegExp, text: string, out: PiiEntity[], minLength: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1].replace(/\.+$/, '');
    if (value.length < minLength || SECRET_PREFIX.test(value.slice(0, 8)) || !HAS_DIGIT.test(value) || !HAS_LETTER.test(value) || PLACEHOLDER.test(value)) continue;
    const start = m.index + m[0].length - m[1].length;
    push(out, start, start + value.length, 0.85);
  }
}

function detectPasswords(text: string, out: PiiEntity[]): void {
  PASSWORD.lastIndex = 0;
  for (let m = PASSWORD.exec(text); m !== null; m = PASSWORD.exec(text)) {
    const value = m[1].replace(/[.?)]+$/, '');
    if (value.length < 4 || NOT_A_PASSWORD.test(value) || PLACEHOLDER.test(value)) continue;
    // A PIN or passcode is 4-8 digits; a password in running text needs a digit, a symbol or mixed case to
    // tell it from a word.
    const digits = /^\d{4,8}$/.test(value);
    if (!digits && (/^(?:pin|code pin)/i.test(m[0]) || (!/[:=]/.test(m[0]) && !HAS_SYMBOL_OR_CASE.test(value)))) continue;
    const start = m.index + m[0].length - m[1].length;
    push(out, start, start + value.length, 0.8);
  }
}
