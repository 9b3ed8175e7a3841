import { forEachCapitalisedRun } from './capitalised-runs.js';
import { CUE, nameCueBefore, NO_CUE, STRONG_CUE } from './name-cues.js';
import { isDictionaryWord, isKnownName } from './name-lists.js';
import { isEnglishCountryName, isForeignCountryName } from './place-names.js';
import type { PiiEntity } from './types.js';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'sig', 'dott']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'hallo', 'bonjour', 'hola', 'ciao', 'thanks', 'regards', 'cheers', 'sincerely', 'best', 'kind', 'customer', 'name', 'agent', 'contact', 'from', 'to', 'cc', 'attn', 'signed', 'liebe', 'lieber', 'cher', 'chère', 'sehr', 'geehrte', 'geehrter', 'mit', 'freundlichen', 'grüßen', 'cordialement', 'merci']);

const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'bank', 'street', 'road', 'avenue', 'lane', 'drive', 'apt', 'suite', 'unit', 'order', 'customer', 'care', 'support', 'team', 'service', 'services', 'day', 'senior', 'junior', 'buyer', 'manager', 'director', 'engineer', 'officer', 'lead', 'head', 'president', 'producer', 'group', 'partners', 'adresse', 'address', 'phone', 'email', 'order']);
// Function words that start sentences; some are also in the name list ("Is", "My", "The").
const STOPWORDS = new Set(['is', 'are', 'was', 'the', 'my', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'if', 'please', 'our', 'your', 'this', 'that', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'can', 'could', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'when', 'where', 'why', 'how', 'what', 'who', 'yes', 'no', 'ok', 'so', 'as', 'of', 'by', 'with', 'from', 'not', 'also', 'then', 'there', 'here', 'need', 'want', 'sure', 'thank', 'thanks', 'hey', 'dear', 'sie', 'ihre', 'meine', 'mein', 'bitte', 'les', 'der', 'die', 'das', 'und', 'its', 'le', 'la', "i'm", 'i’m', "i've", "i'd", "i'll", 'now']);
const COUNTRY_NAMES_AS_GIVEN_NAMES = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'kenya', 'jamaica', 'france', 'brazil']);
const bare = (t: string): string => t.replace(/(?:['’]s)?[.'’]*$/, '');
const hasLower = (t: string): boolean => /\p{Ll}/u.test(t);
const INITIAL = /^\p{Lu}\.$/u;

interface TokenInfo {
  /** the token without trailing dots and apostrophes */
  bare: string;
  known: boolean;
  dict: boolean;
  title: boolean;
  greeting: boolean;
  notName: boolean;
  /** not a name part: all capitals, a function word or an ordinary word that is no name */
  plain: boolean;
  /** not a name part even after a cue: all capitals or a function word */
  weak: boolean;
  initial: boolean;
  /** ends a sentence ("Finland." before "Producer James Sparks"): not an initial or a title */
  endsSentence: boolean;
}

function classify(t: string): TokenInfo {
  const b = bare(t);
  const lower = b.toLowerCase();
  const known = isKnownName(b);
  const dict = isDictionaryWord(b);
  const notName = NOT_NAMES.has(lower);
  const title = TITLES.has(lower);
  const weak = !hasLower(t) || notName || STOPWORDS.has(lower);
  return {
    bare: b, known, dict, title, greeting: GREETINGS.has(lower), notName, weak, plain: weak || (dict && !known),
    initial: INITIAL.test(t), endsSentence: t.endsWith('.') && b.length > 2 && !title,
  };
}

// Capitalised tokens repeat across texts (names, sentence starts): each is classified once and kept in a
// two-way set-associative cache looked up by a hash of the text range, so a hit allocates no substring.
const SLOTS = 1 << 16;
const cacheKeys: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
const cacheInfos: Array<TokenInfo | undefined> = new Array<TokenInfo | undefined>(SLOTS).fill(undefined);

function infoAt(text: string, start: number, end: number): TokenInfo {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const slot = (hash >>> 16) & (SLOTS - 2);
  const length = end - start;
  for (let way = slot; way <= slot + 1; way++) {
    const key = cacheKeys[way];
    if (key !== undefined && key.length === length && text.startsWith(key, start)) return cacheInfos[way]!;
  }
  const token = text.slice(start, end);
  const info = classify(token);
  // The newer entry goes first; the older one moves to the second way, evicting what was there.
  cacheKeys[slot + 1] = cacheKeys[slot];
  cacheInfos[slot + 1] = cacheInfos[slot];
  cacheKeys[slot] = token;
  cacheInfos[slot] = info;
  return info;
}

// Reused across calls (detection is synchronous): the words of the current run.
const runInfos: TokenInfo[] = [];

/** Person names: a name list, capitalisation, titles and cue words ("my name is", "Dear", "Regards,"). */
export function detectPersons(text: string, out: PiiEntity[]): void {
  forEachCapitalisedRun(text, (starts, ends, count) => {
    let from = 0;
    for (let k = 0; k < count; k++) {
      const info = infoAt(text, starts[k], ends[k]);
      runInfos[k] = info;
      if (info.endsSentence) { scoreRun(text, starts, runInfos, from, k + 1, out); from = k + 1; }
    }
    if (from < count) scoreRun(text, starts, runInfos, from, count, out);
  });
}

function isCountry(name: string, knownName: boolean): boolean {
  if (COUNTRY_NAMES_AS_GIVEN_NAMES.has(name.toLowerCase())) return false;
  return isEnglishCountryName(name) || (!knownName && isForeignCountryName(name));
}

// After a cue, a rare dictionary word ("Murl") is more likely a name: strip only function words.
const stripped = (info: TokenInfo, cue: boolean): boolean => (cue ? info.weak : info.plain);

/** Scores words [from, to) of a run (`starts` are their offsets) and adds the name they hold, if any. */
function scoreRun(text: string, starts: number[], infos: TokenInfo[], from: number, to: number, out: PiiEntity[]): void {
  let titled = false;
  while (from < to && (infos[from].title || infos[from].greeting)) {
    if (infos[from].title) titled = true;
    from++;
  }
  // Weak words are stripped with or without a cue: a run of them needs no look at the words before.
  let allWeak = true;
  for (let k = from; k < to && allWeak; k++) allWeak = infos[k].weak;
  if (allWeak) return;
  const cueKind = titled ? STRONG_CUE : nameCueBefore(text, starts[from]);
  const cue = cueKind !== NO_CUE;
  while (from < to && stripped(infos[from], cue)) from++;
  while (from < to && stripped(infos[to - 1], cue) && !infos[to - 1].initial) to--;
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
  else if (allWords && !(size >= 2 && known === size)) score = 0;
  else if (cueKind === CUE && (known > 0 || size >= 2)) score = 0.85;
  else if (size >= 2 && !allWords && first.known && (!ambiguous || known === size)) score = 0.8;
  else if (size >= 2 && known === size) score = 0.7;
  else if (size >= 2 && known > 0 && plainInside === 0) score = 0.65;
  else if (size === 1 && first.known && !first.dict) score = 0.6;
  else if (cue && size === 1 && !first.dict) score = 0.55;
  if (score === 0) return;
  // A country is a place, unless a greeting or title says it is someone called Jordan or Georgia. A country's
  // name in another language is often a given name in English ("Maurice", "Kuba"): those need to be unknown.
  if (cueKind !== STRONG_CUE && size <= 3 && isCountry(text.slice(start, end), size === 1 && first.known)) return;
  out.push({ type: 'PERSON', start, end, score });
}
