import type { PiiEntity } from './types.js';

// Chinese, Japanese, Korean, Arabic and Devanagari have no capitals, so the capitalised-run detector never
// sees a name written in them. Only an introduction marks one ("我叫", "اسمي", "मेरा नाम"): without it,
// nothing in these scripts is read as a name, as ordinary text in them is full of words no list holds.
const CASELESS_SCRIPT = /[\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

interface Introduction {
  /** The introduction, global: the name starts where a match ends. */
  cue: RegExp;
  /** Where the name starting at `start` ends; `start` when there is none. */
  nameEnd(text: string, start: number): number;
}

/** The end of a match of the sticky `re` at `start`, or `start`. */
const stickyEnd = (re: RegExp) => (text: string, start: number): number => {
  re.lastIndex = start;
  return re.test(text) ? re.lastIndex : start;
};

// Chinese writes no space after a name: it ends at the third character, or before one that opens the rest
// of the sentence ("我叫王伟想问一下订单": "want", "I", "please", "is", "order"...), no name character.
const CHINESE_NAME = /(?:(?![我你您他她想要请的是在住订今昨刚已需因也就从问])\p{sc=Han}){2,3}/uy;
// Japanese closes a name with kana ("です", "と申します") or punctuation; foreign names are in katakana.
const JAPANESE_NAME = /[\p{sc=Han}\p{sc=Katakana}ー・]{2,12}/uy;
const HANGUL_WORD = /\p{sc=Hangul}{2,}/uy;
// Korean joins the copula to the name: "김민수입니다", "김민준이에요", "김민수예요", "김민수라고 합니다".
const KOREAN_COPULA = /(?:입니다|이에요|예요|이라고|라고|이고|이며|이야)$/;

const WORD = /[\p{L}\p{M}]+/uy;
const BLANKS = /[ \t]+/y;

/**
 * The end of up to `max` words from `start`, one blank apart, stopping before a word `stops` (told its
 * position among them) says starts the rest of the sentence.
 */
function wordsEnd(text: string, start: number, max: number, stops: (word: string, index: number) => boolean): number {
  let end = start;
  for (let n = 0, at = start; n < max; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (m === null || stops(m[0], n)) break;
    end = at + m[0].length;
    BLANKS.lastIndex = end;
    if (!BLANKS.test(text)) break;
    at = BLANKS.lastIndex;
  }
  return end;
}

// Words that follow a name in an introduction: "from", "in", "I", "number", "I have", "I want", "he", "she".
const ARABIC_AFTER_NAME = new Set(['من', 'في', 'أنا', 'رقم', 'لدي', 'عندي', 'أريد', 'هو', 'هي']);
// ... and any later word with the conjunction "و" ("وأريد", "and I want"): a first name may begin with it ("وليد").
const arabicStops = (word: string, index: number): boolean => ARABIC_AFTER_NAME.has(word) || (index > 0 && word.startsWith('و'));
// "is", "am", "and", "was", "my", "I".
const HINDI_AFTER_NAME = new Set(['है', 'हैं', 'हूँ', 'हूं', 'और', 'था', 'थी', 'मेरा', 'मेरी', 'मैं']);

const INTRODUCTIONS: Introduction[] = [
  { cue: /(?:我叫|我名叫|我的名字(?:是|叫))[ \t]*/g, nameEnd: stickyEnd(CHINESE_NAME) },
  { cue: /(?:私|わたし|僕|ぼく)の名前は[ \t]*/g, nameEnd: stickyEnd(JAPANESE_NAME) },
  {
    cue: /(?:제|내|저의|나의)[ \t]*이름은[ \t]*/g,
    nameEnd(text, start) {
      HANGUL_WORD.lastIndex = start;
      const m = HANGUL_WORD.exec(text);
      const name = m === null ? '' : m[0].replace(KOREAN_COPULA, '');
      return name.length >= 2 ? start + name.length : start;
    },
  },
  // "اسمي", "إسمي", "واسمي" ("and my name is").
  { cue: /(?<![\p{L}\p{M}])و?[اإ]سمي[ \t]+/gu, nameEnd: (text, start) => wordsEnd(text, start, 3, arabicStops) },
  // "मेरा नाम राहुल है", "मेरा नाम है राहुल".
  { cue: /मेरा[ \t]+नाम(?:[ \t]+है)?[ \t]+/g, nameEnd: (text, start) => wordsEnd(text, start, 3, (word) => HINDI_AFTER_NAME.has(word)) },
];

/** Names after an introduction in scripts without capitals: the name only, not the particles after it. */
export function detectCaselessScriptNames(text: string, out: PiiEntity[]): void {
  if (!CASELESS_SCRIPT.test(text)) return;
  for (const { cue, nameEnd } of INTRODUCTIONS) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
      const start = m.index + m[0].length;
      const end = nameEnd(text, start);
      if (end > start) out.push({ type: 'PERSON', start, end, score: 0.9 });
    }
  }
}
