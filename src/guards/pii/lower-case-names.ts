import { nameCueBefore, STRONG_CUE } from './name-cues.js';
import { isKnownName } from './name-lists.js';
import { bare, infoAt, isCountry, TITLES, type TokenInfo } from './name-tokens.js';
import type { PiiEntity } from './types.js';

const LOWER_WORD = /[\p{Ll}\p{M}'’-]+\.?/gu;

/**
 * A text typed all in lower case has no capitals to go by: a name there is a given name that is no
 * ordinary word ("patricia"), optionally an initial, then a surname that is no ordinary word either; or any
 * such name after a title ("mr. elliott"). Lone given names are too often words of other languages, except
 * after an introduction or greeting ("my name is vitoria").
 */
export function detectLowerCaseNames(text: string, out: PiiEntity[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(text); m !== null; m = LOWER_WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const info = (k: number): TokenInfo => infoAt(text, starts[k], ends[k]);
  const adjacent = (k: number): boolean => k + 1 < starts.length && /^[ \t]+$/.test(text.slice(ends[k], starts[k + 1]));
  const nameWord = (i: TokenInfo): boolean => !i.weak && !i.title && !i.greeting && !i.dict && i.bare.length >= 3;
  for (let k = 0; k < starts.length; k++) {
    // Most words are neither title nor name: two look-ups, without filling the shared token cache.
    const word = bare(text.slice(starts[k], ends[k]));
    // After an introduction the name need not be on our lists ("my name is borna jerković").
    const strongCue = word.length >= 3 && nameCueBefore(text, starts[k]) === STRONG_CUE;
    if (!TITLES.has(word) && !strongCue && (word.length < 3 || !isKnownName(word))) continue;
    const first = info(k);
    if (first.title && adjacent(k) && nameWord(info(k + 1))) {
      out.push({ type: 'PERSON', start: starts[k + 1], end: starts[k + 1] + info(k + 1).bare.length, score: 0.7 });
      k++;
      continue;
    }
    // After an introduction or a "name:" field, a given name may be an ordinary word too ("benjamin") and
    // may come alone ("my name is vitoria").
    const introduced = strongCue && !first.weak && !first.title && !first.greeting && !first.notName;
    // An introduced word that is an ordinary word of some language counts only before a surname that is none.
    const cued = introduced && (first.known || !first.dict);
    if (!introduced && (!first.known || !nameWord(first))) continue;
    let last = k + 1;
    // A middle initial, "p" or "t.", between given name and surname.
    if (last < starts.length && info(last).bare.length === 1 && adjacent(last)) last++;
    const surname = last < starts.length && adjacent(last - 1) ? info(last) : undefined;
    // After an introduced given name that is no ordinary word, a surname may be one ("sarah johnson").
    const surnameWord = (i: TokenInfo): boolean => nameWord(i) || (cued && !first.dict && i.known && !i.weak && !i.title && !i.greeting && !i.notName);
    if (surname && surnameWord(surname) && !isCountry(surname.bare, surname.known)) {
      out.push({ type: 'PERSON', start: starts[k], end: starts[last] + surname.bare.length, score: 0.6 });
      k = last;
    } else if (cued && !first.dict) {
      out.push({ type: 'PERSON', start: starts[k], end: starts[k] + first.bare.length, score: 0.6 });
    }
  }
}
