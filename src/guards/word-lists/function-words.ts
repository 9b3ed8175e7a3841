import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The languages of our customers besides English, whose pronouns, articles and auxiliaries start sentences
// with a capital ("Je voudrais", "Ci vediamo", "Ich bin") and are listed as names by name lists gathered
// from social sites.
const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ro', 'sv', 'da', 'no', 'cs', 'ru', 'uk', 'bg', 'el'] as const;

let words: Set<string> | undefined;

/**
 * Whether `token` (any case) is a function word of one of those languages: stopwords-iso (MIT), lower
 * case, read on first use.
 */
export function isForeignFunctionWord(token: string): boolean {
  if (!words) {
    const lists = JSON.parse(readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8')) as Record<string, string[]>;
    words = new Set(LANGUAGES.flatMap((language) => lists[language] ?? []));
  }
  return words.has(token.toLowerCase());
}
