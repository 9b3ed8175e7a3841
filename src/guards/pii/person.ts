import { isDictionaryWord, isKnownName } from './name-lists.js';
import type { PiiEntity } from './types.js';

// Runs of capitalised words (with particles such as "van", "de" between them).
const RUN = /(?<![\p{L}\p{N}_@.])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter)(?=[ \t]+\p{Lu})))*/gu;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'sig', 'dott']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'hallo', 'bonjour', 'hola', 'ciao', 'thanks', 'regards', 'cheers', 'sincerely', 'best', 'kind', 'customer', 'name', 'agent', 'contact', 'from', 'to', 'cc', 'attn', 'signed', 'liebe', 'lieber', 'cher', 'chère', 'sehr', 'geehrte', 'geehrter', 'mit', 'freundlichen', 'grüßen', 'cordialement', 'merci']);
const CUE = /(?:my name is|name is|this is|i am|i'm|dear|hi|hello|hey|hallo|hier ist|je suis|je m'appelle|ich bin|ich heiße|thanks,?|regards,?|cheers,?|sincerely,?|name\s*[:=]|customer\s*[:=]?|verify me\s*:|account holder|holder|spoke (?:to|with)|assistant to|contact\s*[:=]?|from|by|with|called|named|agent|says|said|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|manager|partner|kid|child|mom|dad|for|and|cc\s*:|attn\s*:?|\n--\s*)[\s,:"']*$/i;
const STRONG_CUE = /(?:my name is|name is|this is|i am|i'm|dear|hi|hello|hallo|hier ist|je suis|je m'appelle|ich bin|ich heiße|regards,?|thanks,?|name\s*[:=]|customer\s*[:=]?)[\s,:"']*$/i;

const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'bank', 'street', 'road', 'avenue', 'lane', 'drive', 'apt', 'suite', 'unit', 'order', 'customer', 'care', 'support', 'team', 'service', 'services', 'day', 'senior', 'junior', 'buyer', 'manager', 'director', 'engineer', 'officer', 'lead', 'head', 'president', 'producer', 'group', 'partners', 'adresse', 'address', 'phone', 'email', 'order']);
// Function words that start sentences; some are also in the name list ("Is", "My", "The").
const STOPWORDS = new Set(['is', 'are', 'was', 'the', 'my', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'if', 'please', 'our', 'your', 'this', 'that', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'can', 'could', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'when', 'where', 'why', 'how', 'what', 'who', 'yes', 'no', 'ok', 'so', 'as', 'of', 'by', 'with', 'from', 'not', 'also', 'then', 'there', 'here', 'need', 'want', 'sure', 'thank', 'thanks', 'hey', 'dear', 'sie', 'ihre', 'meine', 'mein', 'bitte', 'les', 'der', 'die', 'das', 'und', 'its', 'le', 'la']);
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
}

// Capitalised tokens repeat across texts (names, sentence starts): classify each once.
const tokenCache = new Map<string, TokenInfo>();
function infoOf(t: string): TokenInfo {
  let info = tokenCache.get(t);
  if (info) return info;
  const b = bare(t);
  const lower = b.toLowerCase();
  const known = isKnownName(b);
  const dict = isDictionaryWord(b);
  const notName = NOT_NAMES.has(lower);
  info = { bare: b, known, dict, title: TITLES.has(lower), greeting: GREETINGS.has(lower), notName, plain: !hasLower(t) || notName || STOPWORDS.has(lower) || (dict && !known) };
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(t, info);
  return info;
}

/** Person names: a name list, capitalisation, titles and cue words ("my name is", "Dear", "Regards,"). */
// A token that ends a sentence ("Finland." before "Producer James Sparks"): not an initial or a title.
const endsSentence = (p: { t: string; info: TokenInfo }): boolean => p.t.endsWith('.') && p.info.bare.length > 2 && !p.info.title;

export function detectPersons(text: string, out: PiiEntity[]): void {
  for (const m of text.matchAll(RUN)) {
    let group: Part[] = [];
    for (const p of m[0].matchAll(/\S+/g)) {
      const part = { t: p[0], s: m.index + p.index, info: infoOf(p[0]) };
      group.push(part);
      if (endsSentence(part)) { scoreRun(text, group, out); group = []; }
    }
    if (group.length) scoreRun(text, group, out);
  }
}

interface Part { t: string; s: number; info: TokenInfo }

function scoreRun(text: string, parts: Part[], out: PiiEntity[]): void {
  let titled = false;
  while (parts.length && (parts[0].info.title || parts[0].info.greeting)) {
    if (parts[0].info.title) titled = true;
    parts.shift();
  }
  if (parts.length === 0) return;
  const before = text.slice(Math.max(0, parts[0].s - 30), parts[0].s);
  const cue = titled || CUE.test(before);
  // After a cue, a rare dictionary word ("Murl") is more likely a name: strip only function words.
  const strip = (p: Part): boolean => (cue ? !hasLower(p.t) || p.info.notName || STOPWORDS.has(p.info.bare.toLowerCase()) : p.info.plain);
  while (parts.length && strip(parts[0])) parts.shift();
  while (parts.length && strip(parts[parts.length - 1]) && !INITIAL.test(parts[parts.length - 1].t)) parts.pop();
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => p.info.notName)) return;
  const allWords = parts.every((p) => p.info.dict);
  const first = parts[0].info;
  const lastPart = parts[parts.length - 1];
  const end = lastPart.s + (INITIAL.test(lastPart.t) ? lastPart.t.length : lastPart.info.bare.length);
  const start = parts[0].s;
  let known = 0;
  let plainInside = 0;
  for (const p of parts) {
    if (p.info.known) known++;
    if (p.info.dict && !p.info.known) plainInside++;
  }
  const ambiguous = first.known && first.dict;
  let score = 0;
  const strong = titled || STRONG_CUE.test(before);
  if (strong) score = 0.9;
  else if (allWords && !(parts.length >= 2 && known === parts.length)) score = 0;
  else if (cue && (known > 0 || parts.length >= 2)) score = 0.85;
  else if (parts.length >= 2 && !allWords && first.known && (!ambiguous || known === parts.length)) score = 0.8;
  else if (parts.length >= 2 && known === parts.length) score = 0.7;
  else if (parts.length >= 2 && known > 0 && plainInside === 0) score = 0.65;
  else if (parts.length === 1 && first.known && !first.dict) score = 0.6;
  else if (cue && parts.length === 1 && !first.dict) score = 0.55;
  if (score > 0) out.push({ type: 'PERSON', start, end, score });
}
