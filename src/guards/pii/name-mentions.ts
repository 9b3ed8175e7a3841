import { isForeignFunctionWord } from '../word-lists/index.js';
import { isDictionaryWord, isKnownName } from './name-lists.js';
import { overlapsAny, type PiiEntity } from './types.js';

const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}]{2,}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;

function wholeWordAt(text: string, start: number, end: number): boolean {
  return (start === 0 || !LETTER_OR_DIGIT.test(text[start - 1]!)) && (end === text.length || !LETTER_OR_DIGIT.test(text[end]!));
}

/**
 * A name found once names the same person wherever else its words stand alone ("My name is Aantje Mourik
 * but everyone calls me Aantje", "directed by Wacława Adamska and starring Adamska"). Only words that are no
 * ordinary English words: "Park" of "Grace Park" does not make "Central Park" a person.
 */
export function addRepeatedMentions(text: string, out: PiiEntity[], first: number): void {
  const found = out.length;
  for (let k = first; k < found; k++) {
    NAME_WORD.lastIndex = out[k].start;
    for (let m = NAME_WORD.exec(text); m !== null && m.index < out[k].end; m = NAME_WORD.exec(text)) {
      const word = m[0];
      // Most names are mentioned once: the cheap test first.
      if (text.indexOf(word) === text.lastIndexOf(word) || isDictionaryWord(word) || isForeignFunctionWord(word)) continue;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (wholeWordAt(text, at, end) && !overlapsAny(out, at, end)) out.push({ type: 'PERSON', start: at, end, score: 0.6 });
      }
    }
  }
}

// "Megan: Remember me?", "Gijsbrecht: \"Who are you?\"": a capitalised word opening a line, a colon, then
// speech, as scripts and chat transcripts write their speakers: words in quotes, or a sentence of two words
// or more with its final punctuation. A field's value is neither ("Kunde: Anna Schmidt", "Note: Thanks").
const SPEAKER_LINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]*:[ \t]*([^\n]*)/gu;
const QUOTE = /^["“„«]/;
const SPEECH = /^(?:["“„«]|\S+[ \t]+\S.*[.?!…"”»][ \t]*$)/u;

/**
 * Speakers: labels that are no ordinary words, in a dialogue (two speech lines or more, one of them
 * opened by a given name such as "Megan") or before words in quotes. A given name that is a word too
 * ("Alexander", "Note") is left to the other detectors, as are field labels of other languages before a
 * sentence ("Hinweis: Bitte ...") when no given name opens another line.
 */
export function detectSpeakers(text: string, out: PiiEntity[]): void {
  if (text.indexOf(':') < 0) return;
  const labels: Array<{ start: number; word: string; quoted: boolean }> = [];
  for (const m of text.matchAll(SPEAKER_LINE)) {
    if (SPEECH.test(m[2])) labels.push({ start: m.index + m[0].indexOf(m[1]), word: m[1], quoted: QUOTE.test(m[2]) });
  }
  if (labels.length === 0) return;
  const plain = (word: string): boolean => isDictionaryWord(word) || isForeignFunctionWord(word);
  const dialogue = labels.length >= 2 && labels.some((l) => isKnownName(l.word) && !plain(l.word));
  for (const { start, word, quoted } of labels) {
    const speaker = !plain(word) && (dialogue || quoted);
    const end = start + word.length;
    if (speaker && !overlapsAny(out, start, end)) out.push({ type: 'PERSON', start, end, score: 0.6 });
  }
}
