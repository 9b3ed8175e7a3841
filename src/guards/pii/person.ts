import { forEachCapitalisedRun } from './capitalised-runs.js';
import { CUE, nameCueBefore, NO_CUE, STRONG_CUE } from './name-cues.js';
import { addRepeatedMentions, detectSpeakers } from './name-mentions.js';
import { isForeignFunctionWord } from '../word-lists/index.js';
import { isDictionaryWord, isKnownName } from './name-lists.js';
import { isCityName, isEnglishCountryName, isForeignCountryName } from './place-names.js';
import type { PiiEntity } from './types.js';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'srta', 'sig', 'dott', 'monsieur', 'madame', 'mademoiselle', 'señor', 'señora', 'señorita', 'signor', 'signora', 'signorina', 'senhor', 'senhora', 'meneer', 'mevrouw', 'mevr', 'dhr', 'pani']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'hallo', 'bonjour', 'hola', 'ciao', 'thanks', 'regards', 'cheers', 'sincerely', 'best', 'kind', 'customer', 'name', 'agent', 'contact', 'from', 'to', 'cc', 'attn', 'signed', 'liebe', 'lieber', 'cher', 'chère', 'sehr', 'geehrte', 'geehrter', 'mit', 'freundlichen', 'grüßen', 'cordialement', 'merci',
  // Greetings and thanks of our customers' other languages: capitalised at a sentence's start, listed as names.
  'bonsoir', 'salut', 'buongiorno', 'buonasera', 'salve', 'grazie', 'saluti', 'buenos', 'buenas', 'gracias', 'muchas', 'saludos', 'olá', 'ola', 'oi', 'obrigado', 'obrigada', 'guten', 'danke', 'vielen', 'herzlichen', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hoi', 'bedankt', 'dank', 'dzień', 'cześć', 'dziękuję']);

const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'bank', 'street', 'road', 'avenue', 'lane', 'drive', 'apt', 'suite', 'unit', 'order', 'customer', 'care', 'support', 'team', 'service', 'services', 'day', 'senior', 'junior', 'buyer', 'manager', 'director', 'engineer', 'officer', 'lead', 'head', 'president', 'producer', 'group', 'partners', 'adresse', 'address', 'phone', 'email', 'order']);
// Function words that start sentences; some are also in the name list ("Is", "My", "The").
const STOPWORDS = new Set(['is', 'are', 'was', 'the', 'my', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'if', 'please', 'our', 'your', 'this', 'that', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'can', 'could', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'when', 'where', 'why', 'how', 'what', 'who', 'yes', 'no', 'ok', 'so', 'as', 'of', 'by', 'with', 'from', 'not', 'also', 'then', 'there', 'here', 'need', 'want', 'sure', 'thank', 'thanks', 'hey', 'dear', 'sie', 'ihre', 'meine', 'mein', 'bitte', 'les', 'der', 'die', 'das', 'und', 'its', 'le', 'la', "i'm", 'i’m', "i've", "i'd", "i'll", 'now']);
// German writes these with a capital, so they join the run of the name they introduce; lower-case ones in
// other languages ("my husband", "mi hermana") stand before the run. Customers and account holders are
// introduced the same way ("Kundin Maria Weber", "auf den Namen Anna Schmidt").
const RELATIONS = new Set(['mann', 'ehemann', 'sohn', 'tochter', 'mutter', 'vater', 'bruder', 'schwester', 'freund', 'freundin', 'kollege', 'kollegin', 'nachbar', 'nachbarin', 'chef', 'chefin', 'partnerin', 'oma', 'opa', 'tante', 'onkel', 'cousin', 'cousine', 'enkel', 'enkelin', 'kunde', 'kundin', 'namen', 'kontoinhaber', 'kontoinhaberin', 'empfänger', 'empfängerin', 'ansprechpartner', 'ansprechpartnerin']);
const COUNTRY_NAMES_AS_GIVEN_NAMES = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'kenya', 'jamaica', 'france', 'brazil']);
const bare = (t: string): string => t.replace(/(?:['’]s)?[.'’]*$/, '');
const hasLower = (t: string): boolean => /\p{Ll}/u.test(t);
const INITIAL = /^\p{Lu}\.$/u;
const MIDDLE_INITIAL = /^\p{Lu}$/u;

interface TokenInfo {
  /** the token without trailing dots and apostrophes */
  bare: string;
  known: boolean;
  dict: boolean;
  title: boolean;
  greeting: boolean;
  /** a German kinship or acquaintance noun, capitalised before the name it introduces ("Mein Mann Thomas") */
  relation: boolean;
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
    bare: b, known, dict, title, greeting: GREETINGS.has(lower), relation: RELATIONS.has(lower), notName, weak, plain: weak || (dict && !known),
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
  if (out.length > first) addRepeatedMentions(text, out, first);
}

const UPPER = /\p{Lu}/u;
const LOWER_WORD = /[\p{Ll}\p{M}'’-]+\.?/gu;

/**
 * A text typed all in lower case has no capitals to go by: a name there is a given name that is no
 * ordinary word ("patricia"), optionally an initial, then a surname that is no ordinary word either; or any
 * such name after a title ("mr. elliott"). Lone given names are too often words of other languages.
 */
function detectLowerCaseNames(text: string, out: PiiEntity[]): void {
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
    if (!TITLES.has(word) && (word.length < 3 || !isKnownName(word))) continue;
    const first = info(k);
    if (first.title && adjacent(k) && nameWord(info(k + 1))) {
      out.push({ type: 'PERSON', start: starts[k + 1], end: starts[k + 1] + info(k + 1).bare.length, score: 0.7 });
      k++;
      continue;
    }
    // After an introduction or a "name:" field, a given name may be an ordinary word too ("benjamin") and
    // may come alone ("my name is vitoria").
    const cued = first.known && !first.weak && !first.title && nameCueBefore(text, starts[k]) === STRONG_CUE;
    if (!cued && (!first.known || !nameWord(first))) continue;
    let last = k + 1;
    // A middle initial, "p" or "t.", between given name and surname.
    if (last < starts.length && info(last).bare.length === 1 && adjacent(last)) last++;
    const surname = last < starts.length && adjacent(last - 1) ? info(last) : undefined;
    if (surname && nameWord(surname) && !isCountry(surname.bare, surname.known)) {
      out.push({ type: 'PERSON', start: starts[k], end: starts[last] + surname.bare.length, score: 0.6 });
      k = last;
    } else if (cued && !first.dict) {
      out.push({ type: 'PERSON', start: starts[k], end: starts[k] + first.bare.length, score: 0.6 });
    }
  }
}

// An item of a list next to a name ("Hleb, Sheila, Donna and Donald"): one or two capitalised words.
const ITEM = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*)?";
const JOIN = '(?:,[ \\t]*(?:(?:and|&|or)[ \\t]+)?|[ \\t]+(?:and|&|or)[ \\t]+)';
const NEXT_ITEM = new RegExp(`${JOIN}(${ITEM})(?![\\p{L}\\p{M}\\d'’-])`, 'uy');
const PREVIOUS_ITEM = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])(${ITEM})${JOIN}$`, 'u');
const BLANKS = /[ \t]+/;
const NUMBER_BEFORE = /\d[ \t]+$/;
const JOIN_BEFORE = /(?:,[ \t]*|[ \t](?:and|&|or)[ \t]+)$/;
const LIST_JOIN = /^(?:,|[ \t]+(?:and|&|or)[ \t])/;

/**
 * Names are listed with other names: the words around two listed names found in this call, joined by a
 * comma or "and", are names too when they could be (no function word, no title, no country). Ambiguous
 * given names ("Sheila", "Donna") found no other way are found so. One name is not enough: a firm is named
 * "Smith, Jones and Brown", and a street name after its number is followed by the city.
 */
function extendToListItems(text: string, out: PiiEntity[], first: number): void {
  // Two names next to each other in a list: the first is followed by the join (most texts have none).
  let joined = false;
  for (let k = first; k < out.length && !joined; k++) joined = joinsAt(text, out[k].end);
  if (!joined) return;
  const found = out.slice(first).filter((e) => !NUMBER_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)));
  const next = (e: PiiEntity): [number, number] | undefined => {
    if (!LIST_JOIN.test(text.slice(e.end, e.end + 8))) return undefined;
    NEXT_ITEM.lastIndex = e.end;
    const m = NEXT_ITEM.exec(text);
    return m ? [e.end + m[0].length - m[1].length, e.end + m[0].length] : undefined;
  };
  const previous = (e: PiiEntity): [number, number] | undefined => {
    // The join is looked for first: the item regex, anchored at the end, is tried at every position.
    if (!JOIN_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start))) return undefined;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    const p = PREVIOUS_ITEM.exec(before);
    return p ? [e.start - before.length + p.index, e.start - before.length + p.index + p[1].length] : undefined;
  };
  const queue = found.filter((e) => {
    const n = next(e);
    const p = previous(e);
    return found.some((o) => (n && o.start === n[0]) || (p && o.end === p[1]));
  });
  const taken = (start: number, end: number): boolean => out.some((e) => e.start < end && start < e.end);
  while (queue.length > 0) {
    const person = queue.pop()!;
    for (const span of [next(person), previous(person)]) {
      const item = span && listItemAt(text, span[0], span[1]);
      if (item && !taken(item.start, item.end)) { out.push(item); queue.push(item); }
    }
  }
}

function joinsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || (c === 32 && (text.startsWith('and', i + 1) || text.startsWith('or', i + 1) || text.charCodeAt(i + 1) === 38));
}

/** The name in the list item [start, end), leading titles and greetings dropped; none if any word is weak. */
function listItemAt(text: string, start: number, end: number): PiiEntity | undefined {
  const blank = BLANKS.exec(text.slice(start, end));
  const firstInfo = infoAt(text, start, blank ? start + blank.index : end);
  const secondStart = blank ? start + blank.index + blank[0].length : end;
  if (blank && (firstInfo.title || firstInfo.greeting)) return listItemAt(text, secondStart, end);
  if (firstInfo.weak || firstInfo.title || firstInfo.greeting) return undefined;
  // A title ends the item: the name it introduces is found on its own ("Duran and Oneal's Mrs. Kathrine Filemonsen").
  if (blank && (infoAt(text, secondStart, end).weak || infoAt(text, secondStart, end).title)) return undefined;
  if (isCountry(text.slice(start, end), firstInfo.known)) return undefined;
  return { type: 'PERSON', start, end, score: 0.6 };
}

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

function isCountry(name: string, knownName: boolean): boolean {
  if (COUNTRY_NAMES_AS_GIVEN_NAMES.has(name.toLowerCase())) return false;
  return isEnglishCountryName(name) || (!knownName && isForeignCountryName(name));
}

/**
 * A country, or a city ("San Francisco", "Lisbon"). Name lists hold most city names, as someone somewhere
 * is called so: a lone name word is a place only when the city is a large one ("Leeds", not "David").
 */
function isPlace(name: string, knownName: boolean): boolean {
  return isCountry(name, knownName) || isCityName(name, knownName ? 'major' : 'any');
}

// Words after which a capitalised run names a place, in the languages of our customers ("in Köln", "à Lyon",
// "nach Wien", "em Lisboa", "w Krakowie"). "from" only after a verb of moving: "a message from Anna" is not.
const PLACE_PREPOSITIONS = new Set(['in', 'à', 'en', 'dans', 'vers', 'nach', 'aus', 'near', 'em', 'w', 'naar', 'uit']);
const MOVING = new Set(['moved', 'move', 'moving', 'come', 'comes', 'came', 'coming', 'relocated', 'relocating', 'shipped', 'flying', 'flew', 'travelled', 'traveled', "i'm", 'im', 'are', 'am']);
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
const stripped = (info: TokenInfo, cue: boolean): boolean => (cue ? info.weak : info.plain);

/** Scores words [from, to) of a run (`starts` are their offsets) and adds the name they hold, if any. */
function scoreRun(text: string, starts: number[], infos: TokenInfo[], from: number, to: number, out: PiiEntity[]): void {
  const runStart = starts[from];
  let titled = false;
  let related = false;
  // A relation word introduces the name after it ("Mein Mann Thomas"); alone it may be one ("Park and Mann").
  const introduces = (k: number): boolean => infos[k].relation && k + 1 < to;
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
  for (let k = from; k < to && allWeak; k++) allWeak = infos[k].weak;
  if (allWeak) return;
  const cueKind = titled ? STRONG_CUE : related ? CUE : nameCueBefore(text, starts[from]);
  // "moved from Amiens", "à Lyon", "75002 Paris", "Friesen Group": a place, a thing or a firm, not a person.
  if (cueKind !== STRONG_CUE && placeBefore(text, starts[from])) return;
  const cue = cueKind !== NO_CUE;
  const runEnd = to;
  while (from < to && stripped(infos[from], cue)) from++;
  // A particle belongs to a name after a name word or a title ("Ludwig van Beethoven", "Herr von Trapp");
  // after a greeting or words stripped as no name it is the sentence's ("Ich bin Dieter", "Saluti da Roma").
  if (!titled) while (from < to && !UPPER.test(text[starts[from]]!)) from++;
  if (!titled) from = afterNounAndParticle(text, starts, infos, from, to);
  while (from < to && stripped(infos[to - 1], cue) && !infos[to - 1].initial) to--;
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
  else if (allWords && !(size >= 2 && known === size)) score = 0;
  else if (cueKind === CUE && (known > 0 || size >= 2)) score = 0.85;
  else if (size >= 2 && !allWords && first.known && (!ambiguous || known === size)) score = 0.8;
  else if (size >= 2 && known === size) score = 0.7;
  // Given name, middle initial, surname ("Mohmad R. Vizirov", "Nikolaj N Møller"), none an ordinary word:
  // the initial marks a name even when neither part is in the name list.
  else if (size === 3 && MIDDLE_INITIAL.test(infos[from + 1].bare) && !first.dict && !last.dict && first.bare.length > 1 && last.bare.length > 1) score = 0.7;
  else if (size >= 2 && known > 0 && plainInside === 0) score = 0.65;
  else if (size === 1 && first.known && !first.dict && !foreignFunctionWordAt(text, first.bare, end) && !ARTICLES.has(wordBefore(text, start)[0])) score = 0.6;
  else if (cue && size === 1 && !first.dict) score = 0.55;
  if (score === 0) return;
  // A country is a place, unless a greeting or title says it is someone called Jordan or Georgia. A country's
  // name in another language is often a given name in English ("Maurice", "Kuba"): those need to be unknown.
  if (cueKind !== STRONG_CUE && size <= 3 && isPlace(text.slice(start, end), size === 1 && first.known)) return;
  // A greeting word may begin a city's name ("in Buenos Aires").
  if (runStart < start && cueKind !== STRONG_CUE && isCityName(text.slice(runStart, end))) return;
  out.push({ type: 'PERSON', start, end, score });
}
