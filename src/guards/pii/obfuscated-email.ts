// E-mail addresses written to dodge scrapers: "john dot doe at example dot com", "john[at]example[dot]com",
// "john (at) example.com", "jane@example dot org", "john . doe @ gmail . com", "jo@example[.]com". Found from each "at" (the
// rarest part) outwards.

const DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|[ \t]+\.[ \t]+|\.)`;
// The "at" itself; blanks around it are skipped by hand (a leading `\s*` would be tried at every position).
const AT = /[[({<][ \t]*[Aa][Tt][ \t]*[\])}>]|[ \t][Aa][Tt][ \t]|@/g;
const BRACKETED = /[[({<]/;
const DOMAIN = new RegExp(String.raw`[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}([A-Za-z]{2,})(?![A-Za-z0-9])`, 'yi');
const LOCAL = new RegExp(String.raw`(?<![A-Za-z0-9_%+.-])[A-Za-z0-9_%+-]+(?:${DOT}[A-Za-z0-9_%+-]+)*$`, 'i');
// An address followed by another "at" is itself a local part ("reach me at jane.doe(at)gmail.com").
const AT_AFTER = /^\s*(?:[[({<]\s*at\b|@)/i;
const WORD_DOT = /\sdot\s|[[({<]\s*(?:dot|\.)|[ \t]\.[ \t]/i;
// Top-level domains accepted after a spelled-out "dot" (a bracketed one is obfuscation enough).
const TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'io', 'co', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'be', 'ch', 'at', 'in', 'au', 'ca', 'jp', 'br', 'mx', 'pt', 'pl', 'se', 'no', 'dk', 'fi', 'ie', 'nz', 'eu', 'us', 'info', 'biz', 'me', 'ai', 'app', 'dev']);
// A plain " at " with a real domain is an address only when the text talks about mail.
const MAIL_CUE = /mail/i;
// Every accepted address holds a spelled or bracketed "dot", a bracketed "at", "mail" or an "@" set apart
// by blanks (few alternatives: each one makes this test, run on every text, slower).
const GATE = /dot|mail|at ?[)\]}>]|[ \t]@|@[ \t]|[[(]\.[\])]/i;
const NOT_LOCAL = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'you', 'look', 'here', 'there', 'site', 'website', 'page', 'online', 'is', 'are', 'was', 'be', 'home', 'work', 'found', 'available', 'visit', 'live', 'located', 'based', 'hosted', 'stay']);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Calls `onMatch` for each obfuscated address, from the start of its local part to the end of its domain. */
export function forEachObfuscatedEmail(text: string, onMatch: (start: number, end: number) => void): void {
  if (!GATE.test(text)) return;
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m !== null; m = AT.exec(text)) {
    const at = m[0];
    let atStart = m.index;
    while (atStart > 0 && isBlank(text.charCodeAt(atStart - 1))) atStart--;
    let atEnd = m.index + at.length;
    while (atEnd < text.length && isBlank(text.charCodeAt(atEnd))) atEnd++;
    DOMAIN.lastIndex = atEnd;
    const d = DOMAIN.exec(text);
    if (d === null) continue;
    const domainEnd = d.index + d[0].length;
    const bracketed = BRACKETED.test(at);
    // The checks that need no local part first: an ordinary address ("jo@example.com") stops here.
    const spacedAt = at === '@' && (atStart < m.index || atEnd > m.index + 1);
    if (!bracketed && (!TLDS.has(d[1].toLowerCase()) || (at === '@' && !spacedAt && !WORD_DOT.test(d[0])))) continue;
    const local = LOCAL.exec(text.slice(Math.max(0, atStart - 64), atStart));
    if (local === null || AT_AFTER.test(text.slice(domainEnd, domainEnd + 8))) continue;
    const accepted = bracketed || at === '@' ||
      (!NOT_LOCAL.has(local[0].toLowerCase()) && (WORD_DOT.test(local[0]) || WORD_DOT.test(d[0]) || MAIL_CUE.test(text.slice(Math.max(0, atStart - local[0].length - 40), atStart))));
    if (accepted) onMatch(atStart - local[0].length, domainEnd);
  }
}
