import { normalizeText } from '../normalize/index.js';
import { CUE_PHRASES } from './cue-phrases.js';
import type { CuePhrases } from './cue-phrases.js';

/** A rule built from the phrase lexicon, with the gate words that any of its matches starts with. */
export interface CueRule {
  name: string;
  pattern: RegExp;
  /** first [a-z0-9] token of each phrase that starts with one */
  words: string[];
  /** some phrase starts outside [a-z0-9]: the rule runs on any text with a non-ASCII character */
  nonAscii: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const FILLER = '(?:\\s+\\S+){0,3}?\\s+';

function build(name: string, group: keyof CuePhrases): CueRule {
  const words = new Set<string>();
  let nonAscii = false;
  const alternatives = new Set<string>();
  for (const phrases of Object.values(CUE_PHRASES)) {
    for (const phrase of phrases[group] ?? []) {
      const parts = phrase.split('…').map((p) => normalizeText(p.trim()).text.trim()).filter(Boolean);
      if (parts.length === 0) continue;
      const first = parts[0];
      let re = parts.map((p) => escape(p).replace(/\s+/g, '\\s+')).join(FILLER);
      if (isAsciiWordCode(first.charCodeAt(0))) {
        let end = 0;
        while (end < first.length && isAsciiWordCode(first.charCodeAt(end))) end++;
        words.add(first.slice(0, end));
        // The match starts and its first token ends where the gate's tokeniser says, so the gate holds.
        re = `(?<![a-z0-9])${re}`;
        if (end === first.length && parts.length === 1) re += '(?![a-z0-9])';
      } else {
        nonAscii = true;
      }
      alternatives.add(re);
    }
  }
  return { name, pattern: new RegExp([...alternatives].join('|'), 'g'), words: [...words], nonAscii };
}

/** Override, extraction, role-change and note-to-the-AI phrases in many languages: one rule per kind. */
export const CUE_RULES: readonly CueRule[] = [
  build('override:phrase-lexicon', 'override'),
  build('extract:phrase-lexicon', 'extract'),
  build('role:phrase-lexicon', 'role'),
  build('target:phrase-lexicon', 'target'),
];
