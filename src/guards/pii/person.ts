import { isDictionaryWord, isKnownName } from './name-lists.js';
import type { PiiEntity } from './types.js';

// Runs of capitalised words (with particles such as "van", "de" between them).
const RUN = /(?<![\p{L}\p{N}_@.])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter)(?=[ \t]+\p{Lu})))*/gu;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'sig', 'dott']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'hallo', 'bonjour', 'hola', 'ciao', 'thanks', 'regards', 'cheers', 'sincerely', 'best', 'kind', 'customer', 'name', 'agent', 'contact', 'from', 'to', 'cc', 'attn', 'signed', 'liebe', 'lieber', 'cher', 'chère', 'sehr', 'geehrte', 'geehrter', 'mit', 'freundlichen', 'grüßen', 'cordialement', 'merci']);
const CUE = /(?:my name is|name is|this is|i am|i'm|dear|hi|hello|hey|hallo|hier ist|je suis|je m'appelle|ich bin|ich heiße|thanks,?|regards,?|cheers,?|sincerely,?|name\s*[:=]|customer\s*[:=]?|contact\s*[:=]?|from|by|with|called|named|agent|says|said|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|manager|partner|kid|child|mom|dad|for|and|cc\s*:|attn\s*:?|\n--\s*)[\s,:"']*$/i;
const STRONG_CUE = /(?:my name is|name is|this is|i am|i'm|dear|hi|hello|hallo|hier ist|je suis|je m'appelle|ich bin|ich heiße|regards,?|thanks,?|name\s*[:=]|customer\s*[:=]?)[\s,:"']*$/i;

const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'bank', 'street', 'road', 'avenue', 'lane', 'drive', 'apt', 'suite', 'unit', 'order', 'customer', 'care', 'support', 'team', 'service', 'services']);
// Function words that start sentences; some are also in the name list ("Is", "My", "The").
const STOPWORDS = new Set(['is', 'are', 'was', 'the', 'my', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'if', 'please', 'our', 'your', 'this', 'that', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'can', 'could', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'when', 'where', 'why', 'how', 'what', 'who', 'yes', 'no', 'ok', 'so', 'as', 'of', 'by', 'with', 'from', 'not', 'also', 'then', 'there', 'here', 'need', 'want', 'sure', 'thank', 'thanks', 'hey', 'dear']);
const bare = (t: string): string => t.replace(/[.'’]+$/, '');
const hasLower = (t: string): boolean => /\p{Ll}/u.test(t);

/** Person names: a name list, capitalisation, titles and cue words ("my name is", "Dear", "Regards,"). */
export function detectPersons(text: string, out: PiiEntity[]): void {
  for (const m of text.matchAll(RUN)) {
    const parts: Array<{ t: string; s: number }> = [];
    for (const p of m[0].matchAll(/\S+/g)) parts.push({ t: p[0], s: m.index + p.index });
    let titled = false;
    while (parts.length && (TITLES.has(bare(parts[0].t).toLowerCase()) || GREETINGS.has(bare(parts[0].t).toLowerCase()))) {
      if (TITLES.has(bare(parts[0].t).toLowerCase())) titled = true;
      parts.shift();
    }
    const plain = (t: string): boolean => !hasLower(t) || NOT_NAMES.has(bare(t).toLowerCase()) || STOPWORDS.has(bare(t).toLowerCase()) || (isDictionaryWord(bare(t)) && !isKnownName(bare(t)));
    while (parts.length && plain(parts[0].t)) parts.shift();
    while (parts.length && plain(parts[parts.length - 1].t) && !/^\p{Lu}\.$/u.test(parts[parts.length - 1].t)) parts.pop();
    if (parts.length === 0 || parts.length > 4 || parts.some((p) => NOT_NAMES.has(bare(p.t).toLowerCase()))) continue;
    const allWords = parts.every((p) => isDictionaryWord(bare(p.t)));
    const first = bare(parts[0].t);
    const lastPart = parts[parts.length - 1];
    const end = lastPart.s + (/^\p{Lu}\.$/u.test(lastPart.t) ? lastPart.t.length : bare(lastPart.t).length);
    const start = parts[0].s;
    const cue = titled || CUE.test(text.slice(Math.max(0, start - 30), start));
    const known = parts.filter((p) => isKnownName(bare(p.t))).length;
    const ambiguous = isKnownName(first) && isDictionaryWord(first);
    let score = 0;
    const strong = titled || STRONG_CUE.test(text.slice(Math.max(0, start - 30), start));
    if (strong) score = 0.9;
    else if (allWords && !(parts.length >= 2 && known === parts.length)) score = 0;
    else if (cue && (known > 0 || parts.length >= 2)) score = 0.85;
    else if (parts.length >= 2 && !allWords && isKnownName(first) && (!ambiguous || known === parts.length)) score = 0.8;
    else if (parts.length >= 2 && known === parts.length) score = 0.7;
    else if (parts.length === 1 && isKnownName(first) && !isDictionaryWord(first)) score = 0.6;
    else if (cue && parts.length === 1 && !isDictionaryWord(first)) score = 0.55;
    if (score > 0) out.push({ type: 'PERSON', start, end, score });
  }
}
