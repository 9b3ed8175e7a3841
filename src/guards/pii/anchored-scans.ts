// Patterns with a rare anchor character ('@' in an e-mail address, ':' in an IPv6 address), found by
// jumping from anchor to anchor instead of letting a regex try every letter of the text. Each finds the
// same matches, in the same order, as the global regex named in its comment.

const isLocal = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

/**
 * E-mail addresses as /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g finds them:
 * the local part is the run of local characters before an '@' (not reaching back into the previous
 * match) and the domain is the regex's own, matched right after the '@'.
 */
export function forEachEmail(text: string, onMatch: (start: number, end: number) => void): void {
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(text)) continue;
    let start = at;
    while (start > from && isLocal(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    from = DOMAIN.lastIndex;
    onMatch(start, from);
  }
}

const isHexOrColon = (c: number): boolean => (c >= 48 && c <= 58) || ((c | 32) >= 97 && (c | 32) <= 102);
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:){1,7}(?::|(?::?[0-9A-Fa-f]{1,4}){1,7})(?![\w:])/g;

/**
 * Matches of the IPv6 regex above that can be addresses: a valid one has at least two colons, and a match
 * lies inside one run of hex digits and colons, so only runs with two colons are searched (with one
 * character either side for the regex's look-behind and look-ahead).
 */
export function forEachIpv6Candidate(text: string, onMatch: (start: number, match: string) => void): void {
  const n = text.length;
  for (let colon = text.indexOf(':'); colon !== -1; ) {
    let a = colon;
    while (a > 0 && isHexOrColon(text.charCodeAt(a - 1))) a--;
    let b = colon + 1;
    let colons = 1;
    for (let c: number; b < n && isHexOrColon((c = text.charCodeAt(b))); b++) if (c === 58) colons++;
    if (colons >= 2) {
      const lo = Math.max(0, a - 1);
      const piece = text.slice(lo, Math.min(n, b + 1));
      IPV6.lastIndex = 0;
      for (let m = IPV6.exec(piece); m !== null; m = IPV6.exec(piece)) onMatch(lo + m.index, m[0]);
    }
    colon = b < n ? text.indexOf(':', b) : -1;
  }
}
