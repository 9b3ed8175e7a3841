import { isDictionaryWord, isKnownName } from './name-lists.js';
import { isCityName, isEnglishCountryName, isForeignCountryName } from './place-names.js';

// What a word says about being part of a person's name, for the detectors of capitalised runs, lists and
// lower-case texts.
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'srta', 'sig', 'dott', 'monsieur', 'madame', 'mademoiselle', 'señor', 'señora', 'señorita', 'signor', 'signora', 'signorina', 'senhor', 'senhora', 'meneer', 'mevrouw', 'mevr', 'dhr', 'pani']);
const GREETINGS = new Set(['dear', 'hi', 'hello', 'hey', 'hallo', 'bonjour', 'hola', 'ciao', 'thanks', 'regards', 'cheers', 'sincerely', 'best', 'kind', 'customer', 'name', 'agent', 'contact', 'from', 'to', 'cc', 'attn', 'signed', 'liebe', 'lieber', 'cher', 'chère', 'sehr', 'geehrte', 'geehrter', 'mit', 'freundlichen', 'grüßen', 'cordialement', 'merci',
  // Greetings and thanks of our customers' other languages: capitalised at a sentence's start, listed as names.
  'bonsoir', 'salut', 'buongiorno', 'buonasera', 'salve', 'grazie', 'saluti', 'buenos', 'buenas', 'gracias', 'muchas', 'saludos', 'olá', 'ola', 'oi', 'obrigado', 'obrigada', 'guten', 'danke', 'vielen', 'herzlichen', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hoi', 'bedankt', 'dank', 'dzień', 'cześć', 'dziękuję',
  // Russian and Ukrainian: "Меня зовут", "Мене звати" (the name list holds "Mene"), "Уважаемая", "Клиент".
  'меня', 'мене', 'моё', 'мое', 'моє', 'уважаемый', 'уважаемая', 'шановний', 'шановна', 'здравствуйте', 'привет', 'добрый', 'клиент', 'клиентка', 'фио', 'имя', 'спасибо', 'дякую']);

const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'corporation', 'company', 'bank', 'street', 'road', 'avenue', 'lane', 'drive', 'apt', 'suite', 'unit', 'order', 'customer', 'care', 'support', 'team', 'service', 'services', 'day', 'senior', 'junior', 'buyer', 'manager', 'director', 'engineer', 'officer', 'lead', 'head', 'president', 'producer', 'group', 'partners', 'adresse', 'address', 'phone', 'email', 'order',
  // whom greetings and calls address besides persons ("Hello, World!", "Thanks, everyone!")
  'world', 'everyone', 'everybody', 'all', 'folks', 'guys', 'friends', 'people']);
// Function words that start sentences; some are also in the name list ("Is", "My", "The").
const STOPWORDS = new Set(['is', 'are', 'was', 'the', 'my', 'i', 'we', 'you', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'if', 'please', 'our', 'your', 'this', 'that', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'can', 'could', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'when', 'where', 'why', 'how', 'what', 'who', 'yes', 'no', 'ok', 'so', 'as', 'of', 'by', 'with', 'from', 'not', 'also', 'then', 'there', 'here', 'need', 'want', 'sure', 'thank', 'thanks', 'hey', 'dear', 'sie', 'ihre', 'meine', 'mein', 'bitte', 'les', 'der', 'die', 'das', 'und', 'its', 'le', 'la', "i'm", 'i’m', "i've", "i'd", "i'll", 'now']);
// German writes these with a capital, so they join the run of the name they introduce; lower-case ones in
// other languages ("my husband", "mi hermana") stand before the run. Customers and account holders are
// introduced the same way ("Kundin Maria Weber", "auf den Namen Anna Schmidt").
const RELATIONS = new Set(['mann', 'ehemann', 'sohn', 'tochter', 'mutter', 'vater', 'bruder', 'schwester', 'freund', 'freundin', 'kollege', 'kollegin', 'nachbar', 'nachbarin', 'chef', 'chefin', 'partnerin', 'oma', 'opa', 'tante', 'onkel', 'cousin', 'cousine', 'enkel', 'enkelin', 'kunde', 'kundin', 'namen', 'kontoinhaber', 'kontoinhaberin', 'empfänger', 'empfängerin', 'ansprechpartner', 'ansprechpartnerin']);
const COUNTRY_NAMES_AS_GIVEN_NAMES = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'kenya', 'jamaica', 'france', 'brazil']);
export const bare = (t: string): string => t.replace(/(?:['’]s)?[.'’]*$/, '');
const hasLower = (t: string): boolean => /\p{Ll}/u.test(t);
const ENCLITIC = /-(?:me|te|se|nos|vos|lo|la|los|las|le|les|lhe|lhes|moi|toi|nous|vous|il|elle|ils|elles|ci|vi|ne)$/;
const INITIAL = /^\p{Lu}\.$/u;

export interface TokenInfo {
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
  /** a known name in capitals ("SMITH"), not a function word or a two-letter acronym ("AI") */
  shouted: boolean;
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
  // A verb joined to its pronoun ("Chamo-me", "Dites-moi") is no name part; a name's hyphen is followed by
  // a capital ("Jean-Pierre") or by more of the name ("Hauta-aho").
  const weak = !hasLower(t) || notName || STOPWORDS.has(lower) || ENCLITIC.test(b);
  return {
    bare: b, known, dict, title, greeting: GREETINGS.has(lower), relation: RELATIONS.has(lower), notName, weak, plain: weak || (dict && !known),
    shouted: known && b.length > 2 && !hasLower(t) && !notName && !STOPWORDS.has(lower),
    initial: INITIAL.test(t), endsSentence: t.endsWith('.') && b.length > 2 && !title,
  };
}

// Capitalised tokens repeat across texts (names, sentence starts): each is classified once and kept in a
// two-way set-associative cache looked up by a hash of the text range, so a hit allocates no substring.
const SLOTS = 1 << 16;
const cacheKeys: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
const cacheInfos: Array<TokenInfo | undefined> = new Array<TokenInfo | undefined>(SLOTS).fill(undefined);

export function infoAt(text: string, start: number, end: number): TokenInfo {
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

export function isCountry(name: string, knownName: boolean): boolean {
  if (COUNTRY_NAMES_AS_GIVEN_NAMES.has(name.toLowerCase())) return false;
  return isEnglishCountryName(name) || (!knownName && isForeignCountryName(name));
}

/**
 * A country, or a city ("San Francisco", "Lisbon"). Name lists hold most city names, as someone somewhere
 * is called so: a lone name word is a place only when the city is a large one ("Leeds", not "David").
 */
export function isPlace(name: string, knownName: boolean): boolean {
  return isCountry(name, knownName) || isCityName(name, knownName ? 'major' : 'any');
}
