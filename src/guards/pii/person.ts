import { forEachCapitalisedRun } from './capitalised-runs.js';
import { detectCaselessScriptNames } from './caseless-script-names.js';
import { GREEK_OR_CYRILLIC } from './char-classes.js';
import { headsContactBlock } from './contact-block.js';
import { dropPersonsInFirmNames } from './firm-names.js';
import { detectLowerCaseNames } from './lower-case-names.js';
import { extendToListItems } from './list-names.js';
import { CUE, nameCueBefore, NO_CUE, STRONG_CUE } from './name-cues.js';
import { addRepeatedMentions, detectSpeakers } from './name-mentions.js';
import { isDictionaryWord } from './name-lists.js';
import { infoAt, isPlace, type TokenInfo } from './name-tokens.js';
import { isCityName } from './place-names.js';
import { isForeignFunctionWord } from '../word-lists/index.js';
import type { PiiEntity } from './types.js';

const MIDDLE_INITIAL = /^\p{Lu}$/u;

// Reused across calls (detection is synchronous): the words of the current run.
const runInfos: TokenInfo[] = [];

/** Person names: a name list, capitalisation, titles and cue words ("my name is", "Dear", "Regards,"). */
export function detectPersons(text: string, out: PiiEntity[]): void {
  const first = out.length;
  forEachCapitalisedRun(text, (starts, ends, count) => {
    let from = 0;
    for (let k = 0; k < count; k++) {
      const info = infoAt(text, starts[k], ends[k]);
      runInfos[k] = info;
      if (info.endsSentence) { scoreRun(text, starts, runInfos, from, k + 1, out); from = k + 1; }
    }
    if (from < count) scoreRun(text, starts, runInfos, from, count, out);
  });
  detectSpeakers(text, out);
  // (A list is only extended from two names found next to each other.)
  if (out.length - first >= 2) extendToListItems(text, out, first);
  else if (out.length === first && !UPPER.test(text)) detectLowerCaseNames(text, out);
  detectCaselessScriptNames(text, out);
  if (out.length > first) addRepeatedMentions(text, out, first);
  dropPersonsInFirmNames(text, out, first);
}

const UPPER = /\p{Lu}/u;

// Articles of our customers' other languages: a lone capitalised word after one is a noun ("eine Frage",
// "la Morada"), as German writes every noun. Not those that are name particles ("de", "van") or English ("a").
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'una', 'il', 'lo', 'gli', 'uno', 'os', 'um', 'uma', 'het', 'een']);
const NEXT_WORD = /^[ \t]+([\p{L}'’]+)/u;

/**
 * A lone capitalised word that is a pronoun, article or auxiliary of another of our customers' languages,
 * followed by a word that is not English ("Je voudrais", "Ci vediamo"): name lists gathered from social
 * sites hold such words. Followed by English ("Ella called", "Sara said"), it is read as the name it also is.
 */
function foreignFunctionWordAt(text: string, word: string, end: number): boolean {
  if (!isForeignFunctionWord(word)) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 40));
  return next !== null && !isDictionaryWord(next[1]);
}

// Words after which a capitalised run names a place, in the languages of our customers ("in Köln", "à Lyon",
// "nach Wien", "em Lisboa", "w Krakowie"). "from" only after a verb of moving: "a message from Anna" is not.
const PLACE_PREPOSITIONS = new Set(['in', 'à', 'en', 'dans', 'vers', 'nach', 'aus', 'near', 'em', 'w', 'naar', 'uit']);
const MOVING = new Set(['moved', 'move', 'moving', 'come', 'comes', 'came', 'coming', 'relocated', 'relocating', 'shipped', 'flying', 'flew', 'travelled', 'traveled', "i'm", 'im', 'are', 'am', 'originally']);
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The word that ends `end` characters into `text` (letters, apostrophes and 'à'), lower case; blanks skipped first. */
function wordBefore(text: string, end: number): [string, number] {
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e === end) return ['', e];
  let s = e;
  while (s > 0 && e - s < 12) {
    const c = text.charCodeAt(s - 1);
    if (!isAsciiLetter(c) && c !== 39 && c !== 0xe0) break;
    s--;
  }
  return [text.slice(s, e).toLowerCase(), s];
}

/**
 * Whether the run at `start` follows a place preposition or a number: after a number it is a street
 * ("2 Libbie Mead"), a city after its postcode ("10115 Berlin") or a model ("iPhone 15 Pro Max").
 */
function placeBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 9) return false;
  const d = text.charCodeAt(start - 2);
  if (d >= 48 && d <= 57) return true;
  const [word, at] = wordBefore(text, start);
  if (PLACE_PREPOSITIONS.has(word)) return true;
  return word === 'from' && MOVING.has(wordBefore(text, at)[0]);
}

/**
 * A noun joined to a name by a particle ("Grüße von Klaus Meyer", "Auftrag von Anna Weber", "Saluti da
 * Marco Rossi"): the name starts at the given name and surname after the particle. A name word before
 * the particle keeps it ("Ursula von der Leyen"), as does a lone word after it ("Daan de Vries").
 */
function afterNounAndParticle(text: string, starts: number[], infos: TokenInfo[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (UPPER.test(text[starts[k]]!)) continue;
    const before = infos[k - 1];
    let next = k + 1;
    while (next < to && !UPPER.test(text[starts[next]]!)) next++;
    const fullName = next + 1 < to && UPPER.test(text[starts[next + 1]]!);
    if (fullName && infos[next].known && !infos[next].dict && (!before.known || before.relation)) return next;
    return from;
  }
  return from;
}

// Words that end a firm's name ("Friesen Group", "Kuphal LLC"), stripped from a run as no name parts.
const FIRM_WORDS = new Set(['group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'plc', 'ag', 'sa', 'sarl', 'srl', 'spa', 'bv', 'nv', 'holdings', 'partners', 'co']);

// After a cue, a rare dictionary word ("Murl") is more likely a name: strip only function words.
const stripped = (info: TokenInfo, cue: boolean, shoutedName: boolean): boolean => (shoutedName && info.shouted ? false : cue ? info.weak : info.plain);

/**
 * After an introduction or a name field, known names in capitals are a name ("Name on card: ANNA K. SMITH"):
 * two of them, or one that is no ordinary word ("Hi LUCAS", not "THANKS BYE").
 */
function isShoutedName(infos: TokenInfo[], from: number, to: number): boolean {
  let shouted = 0;
  for (let k = from; k < to; k++) {
    if (!infos[k].shouted) continue;
    if (!infos[k].dict) return true;
    shouted++;
  }
  return shouted >= 2;
}

/** A name called out between a comma and a '!' or '?' ("Don't go to town, Mark!", "Remember me, Randy?"). */
function isVocative(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  return (after === 33 || after === 63) && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44;
}

/**
 * The cue before the run; or an introduction among its first, weak words ("I'm" opens "I'm Bojka Žilih"),
 * taken as a weaker cue: a title's "I'm Good" is no name, and "And Follow Muhsin" no introduction.
 */
function cueBeforeRun(text: string, starts: number[], infos: TokenInfo[], from: number, to: number): number {
  const cueKind = nameCueBefore(text, starts[from]);
  if (cueKind !== NO_CUE) return cueKind;
  let k = from;
  while (k < to - 1 && infos[k].weak) k++;
  return k > from && nameCueBefore(text, starts[k]) === STRONG_CUE ? CUE : NO_CUE;
}

/** Scores words [from, to) of a run (`starts` are their offsets) and adds the name they hold, if any. */
function scoreRun(text: string, starts: number[], infos: TokenInfo[], from: number, to: number, out: PiiEntity[]): void {
  const runStart = starts[from];
  let titled = false;
  let related = false;
  // A relation word introduces the name after it ("Mein Mann Thomas"); alone it may be one ("Park and Mann").
  const introduces = (k: number): boolean => infos[k].relation && k + 1 < to;
  // ... and before a colon it labels a field ("Kunde: Anna Schmidt").
  if (to - from === 1 && infos[from].relation && text.charCodeAt(starts[from] + infos[from].bare.length) === 58) return;
  while (from < to && (infos[from].title || infos[from].greeting || introduces(from) || (infos[from].weak && from + 1 < to && introduces(from + 1)))) {
    if (infos[from].title) titled = true;
    if (introduces(from)) related = true;
    from++;
  }
  // A title after other words starts the name ("meine Nachbarin Frau Müller"); not "M", a middle initial too.
  for (let k = from + 1; k < to - 1; k++) {
    if (infos[k].title && infos[k].bare.length > 1) {
      from = k + 1;
      titled = true;
    }
  }
  // Weak words are stripped with or without a cue: a run of them needs no look at the words before.
  let allWeak = true;
  for (let k = from; k < to && allWeak; k++) allWeak = infos[k].weak && !infos[k].shouted;
  if (allWeak) return;
  const cueKind = titled ? STRONG_CUE : related ? CUE : cueBeforeRun(text, starts, infos, from, to);
  // "moved from Amiens", "à Lyon", "75002 Paris", "Friesen Group": a place, a thing or a firm, not a person.
  if (cueKind !== STRONG_CUE && placeBefore(text, starts[from])) return;
  const cue = cueKind !== NO_CUE;
  const runEnd = to;
  const shoutedName = cueKind === STRONG_CUE && isShoutedName(infos, from, to);
  while (from < to && stripped(infos[from], cue, shoutedName)) from++;
  // A particle belongs to a name after a name word or a title ("Ludwig van Beethoven", "Herr von Trapp");
  // after a greeting or words stripped as no name it is the sentence's ("Ich bin Dieter", "Saluti da Roma").
  if (!titled) while (from < to && !UPPER.test(text[starts[from]]!)) from++;
  if (!titled) from = afterNounAndParticle(text, starts, infos, from, to);
  while (from < to && stripped(infos[to - 1], cue, shoutedName) && !infos[to - 1].initial) to--;
  if (to < runEnd && cueKind !== STRONG_CUE && FIRM_WORDS.has(infos[to].bare.toLowerCase())) return;
  const size = to - from;
  if (size === 0 || size > 4) return;
  let known = 0;
  let plainInside = 0;
  let allWords = true;
  for (let k = from; k < to; k++) {
    const info = infos[k];
    if (info.notName) return;
    if (info.known) known++;
    if (info.dict && !info.known) plainInside++;
    if (!info.dict) allWords = false;
  }
  const first = infos[from];
  const last = infos[to - 1];
  const end = starts[to - 1] + (last.initial ? last.bare.length + 1 : last.bare.length);
  const start = starts[from];
  const ambiguous = first.known && first.dict;
  let score = 0;
  if (cueKind === STRONG_CUE) score = 0.9;
  else if (size === 1 && first.known && isVocative(text, start, end)) score = 0.6;
  else if (allWords && !(size >= 2 && known === size)) score = 0;
  else if (cueKind === CUE && (known > 0 || size >= 2)) score = 0.85;
  else if (size >= 2 && !allWords && first.known && (!ambiguous || known === size)) score = 0.8;
  else if (size >= 2 && known === size) score = 0.7;
  // Given name, middle initial, surname ("Mohmad R. Vizirov", "Nikolaj N Møller"), none an ordinary word:
  // the initial marks a name even when neither part is in the name list.
  else if (size === 3 && MIDDLE_INITIAL.test(infos[from + 1].bare) && !first.dict && !last.dict && first.bare.length > 1 && last.bare.length > 1) score = 0.7;
  else if (size >= 2 && known > 0 && plainInside === 0) score = 0.65;
  // (Not in Greek or Cyrillic letters, which no dictionary here covers: "Товар", "Αθήνα" are a noun and a city.)
  else if (size === 1 && first.known && !first.dict && !GREEK_OR_CYRILLIC.test(first.bare) && !foreignFunctionWordAt(text, first.bare, end) && !ARTICLES.has(wordBefore(text, start)[0])) score = 0.6;
  else if (cue && size === 1 && !first.dict) score = 0.55;
  // Two or three words on a line of their own above an address or a phone, not all ordinary words.
  else if (size >= 2 && size <= 3 && !allWords && plainInside === 0 && headsContactBlock(text, start, end, out)) score = 0.7;
  if (score === 0) return;
  // A country is a place, unless a greeting or title says it is someone called Jordan or Georgia. A country's
  // name in another language is often a given name in English ("Maurice", "Kuba"): those need to be unknown.
  if (cueKind !== STRONG_CUE && size <= 3 && isPlace(text.slice(start, end), size === 1 && first.known)) return;
  // A greeting word may begin a city's name ("in Buenos Aires").
  if (runStart < start && cueKind !== STRONG_CUE && isCityName(text.slice(runStart, end))) return;
  out.push({ type: 'PERSON', start, end, score });
}
