import type { PiiEntity } from './types.js';

const SUFFIX = 'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Course|Court|Drove|Wynd|Rise|Chase|Gate|Broadway|Esplanade|Parade|Promenade|Embankment|Yard|Quay|Wharf|Ct|Place|Pl|Terrace|Close|Crescent|Cres|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Brae|Shores?|Shoals?|Meadows?|Knolls?|Curve|Club|Crossing|Estates?|Heights|Hills?|Park|Ridge|Row|Walk|Gardens?|Grove|Green|Mews|Vale|View|Villas?|Wells?|Springs?|Falls|Fields?|Glens?|Harbou?r|Islands?|Junction|Landing|Lights?|Lodge|Manor|Mills?|Mount|Orchard|Pass|Path|Pike|Plains?|Points?|Port|Ranch|Rapids?|Rest|Route|Run|Station|Stream|Summit|Track|Turnpike|Union|Valley|Village|Ville|Vista|Wall|Loop|Alley|Bypass|Causeway|Centre|Center|Common|Corners?|Creek|Dale|Dam|Divide|Expressway|Extension|Ferry|Flats?|Fords?|Forest|Forge|Forks?|Freeway|Gateway|Haven|Hollow|Inlet|Keys?|Lakes?|Land|Locks?|Mall|Motorway|Neck|Oval|Overpass|Prairie|Radial|Ramp|Shore|Skyway|Spur|Throughway|Tunnel|Cove|Mead|Paddock|Garth|Copse|Lea|Approach|Croft|Glebe|Grange|Spinney|Nook|Dell|Holt|Downs|Bluffs?|Bottom|Branch|Bridge|Brook|Burgs?|Camp|Canyon|Cape|Cliffs?|Courts|Crest|Drives|Fall|Grove|Isle|Junctions|Lock|Mission|Motorway|Parks|Plaza|Ports|Ridges|Squares|Streets|Trafficway|Underpass|Viaduct|Views|Ways';
// A line break inside an address (a quoted line, "> ", starts a new span).
const BREAK = '\\n[ \\t]*';
// (Also a Spanish floor and door, "3º B".)
const UNIT = `(?:(?:,?[ \\t]+|,?[ \\t]*${BREAK})(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\\.?[ \\t]*[\\w-]+|\\d{1,2}[º°ª](?:[ \\t]*[A-Z](?![\\p{L}\\d]))?)){0,2}`;
// City, then optionally a second place line (region or country) and a postcode; lines may break between.
// Words end at a word boundary and not before a colon ("Order:" on the next line is a label, not a city).
const PLACE = "\\p{Lu}[\\p{L}'’.-]+(?:[ -](?:\\p{Lu}[\\p{L}'’.-]+|\\(\\p{Lu}\\p{L}+\\)|upon|on|under|in|am|an|der|de|del|la|le|sur|sous)){0,4}(?![\\p{L}\\d:])";
// (Brazil separates the parts with dashes: "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200".)
const SEP = '(?:,?[ \\t]*(?:${BREAK}){0,2}|[ \\t]+[-–][ \\t]+)'.replace('${BREAK}', BREAK);
const CITY = `(?:${SEP}${PLACE}(?:(?:,[ \\t]*|[ \\t]*(?:${BREAK}){1,2})(?:${PLACE}|nan(?![\\p{L}\\d])))?)`;
// Continental order, postcode before the city: "28013 Madrid", "20121 Milano MI", "1015 CJ Amsterdam",
// "1100-048 Lisboa", "111 43 Stockholm".
const POSTCODE_CITY = `(?:,?[ \\t]*(?:${BREAK})?(?:\\d{5}|\\d{4}[ \\t]?[A-Z]{2}|\\d{4}-\\d{3}|\\d{4}|\\d{3}[ \\t]\\d{2}|\\d{2}-\\d{3})[ \\t]+${PLACE}(?:[ \\t]+\\(?[A-Z]{2}\\)?(?![\\p{L}\\d]))?)`;
// (A region on a line of its own may start with the comma: "Porto Alegre\n, RS\n 95828".)
const REGION = '(?:(?:[ \\t]*(?:${BREAK})?,?|[ \\t]+[-–])\\s*(?:[A-Z]{2,3}|nan)(?![\\p{L}\\d]))?'.replace('${BREAK}', BREAK);
// US ZIP(+4), Brazilian CEP, Indian PIN, 4-5 digit European codes, UK and Canadian codes (as written, letters or digits).
// A country may come before the postcode on the last line ("Brazil 95828").
const POSTCODE = '(?:,?\\s*(?:' + PLACE + '[ \\t]+)?(?:\\d{6}|\\d{5}(?:-\\d{4}|-\\d{3})?|\\d{4}|\\d{2}-\\d{3}|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]*[\\dA-Z]{3}|[A-Z]\\d[A-Z][ \\t]*\\d[A-Z]\\d)(?![\\p{L}\\d]))?';
// The place after a street: a continental postcode and city, or city, region and postcode.
const TAIL = `(?:${POSTCODE_CITY}|(?:${CITY})?${REGION}${POSTCODE})`;
// A flat or unit written before the building number ("Flat 2, 14 High Street"): looked for behind a match,
// as an optional prefix would make the regex try it at every position of every text.
const UNIT_BEFORE = /\b(?:Flat|Apartment|Apt\.?|Unit|Suite)[ \t]*\w{1,5},?[ \t]+$/;
// A building number, optionally followed by a second number (building and street numbers both written).
const NUMBER = '\\b\\d{1,6}[A-Za-z]?(?:[ \\t]+\\d{1,5}(?=[ \\t]+\\p{Lu}))?';
// A house number after the street name, with the flat after a slash in Poland or Spain ("Marszałkowska 10/12").
const HOUSE_NUMBER = '\\d{1,4}[a-z]?(?:\\/\\d{1,4}[a-z]?)?';
// A quarter after the street type ("1600 Pennsylvania Ave NW").
const DIRECTION = '(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)(?![\\p{L}\\d]))?';
// A numbered street: "5th Street", "42nd Ave".
const ORDINAL = '\\d{1,3}(?:st|nd|rd|th)\\b';
// Capitalised words that are not title-case function words ("5 Musicians Of The 70s").
const WORD = "(?!(?:Of|The|And|For|To|In|At|On|You|Your|Our|My)\\b)\\p{Lu}[\\p{L}'’.-]*";

const TURKISH = ['Caddesi', 'Cad.', 'Cd.', 'Sokak', 'Sokağı', 'Sok.', 'Sk.', 'Bulvarı', 'Blv.', 'Mahallesi', 'Mah.', 'Meydanı'];
const TURKISH_GATE = /Cad|Cd\.|Sok|Sk\.|Bulvar|Blv\.|Mah|Meydan/;
// (\b knows no Cyrillic letters: a letter may not stand before the street type.)
const RUSSIAN_STREET = '(?:ул\\.|улица|пр-т|просп\\.|проспект|пер\\.|переулок|б-р|бульвар|ш\\.|шоссе|наб\\.|набережная|пл\\.|площадь)';
const RUSSIAN = new RegExp(
  `(?:\\d{6},?[ \\t]*(?:г\\.[ \\t]*)?\\p{Lu}[\\p{L}-]+,[ \\t]*)?(?<!\\p{L})${RUSSIAN_STREET}[ \\t]*\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{L}[\\p{L}-]*)?,?[ \\t]*(?:д\\.|дом)[ \\t]*\\d{1,4}[а-я]?` +
    `(?:,?[ \\t]*(?:к\\.|корп\\.|стр\\.)[ \\t]*\\d{1,3})?(?:,?[ \\t]*(?:кв\\.|квартира|оф\\.)[ \\t]*\\d{1,4})?(?:,[ \\t]*(?:г\\.[ \\t]*)?\\p{Lu}[\\p{L}-]+)?(?:,?[ \\t]*\\d{6})?(?![\\p{L}\\d])`,
  'gu',
);
const RUSSIAN_GATE = /ул\.|улиц|просп|пр-т|пер\.|переул|б-р|бульв|шоссе|наб|площ|пл\./;

const HUNGARIAN = ['utca', 'u.', 'út', 'útja', 'tér', 'tere', 'körút', 'krt.', 'köz', 'sor', 'sétány', 'rkp.', 'rakpart', 'kapu', 'fasor'];

// The second street of an intersection: capitalised words and numbers, or lower-case words that are no
// function words ("minik courts" in a text typed in lower case), not a mix ("5th Avenue tonight").
const CORNER_WORDS = "(?:(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|\\d+[a-z]{0,2})(?![\\p{L}\\d])){1,4}|(?:[ \\t]+(?!(?:in|at|on|for|after|before|to|the|is|was|and|or|but|with|from|by|near|please|if|when|so)\\b)\\p{Ll}[\\p{L}'’-]*(?![\\p{L}\\d])){1,3})";
const STREET_SUFFIX = new RegExp(`\\b(?:${SUFFIX})s?\\b`, 'i');
const HUNGARIAN_WORDS = new Set(HUNGARIAN);
// (A substring search for each is faster than one regex over the text.)
const STREET_WORDS = (text: string): boolean => ['Street', 'Road', 'Avenue', 'Lane', 'Boulevard'].some((w) => text.includes(w));

// Street names that end in a suffix and come before the number ("Asselsestraat 7", "Hauptstraße 5").
const NORDIC_DUTCH = ['straat', 'laan', 'plein', 'gracht', 'kade', 'dijk', 'vej', 'gade', 'gatan', 'vegen', 'veien', 'katu', 'tie'];
// (Capitalised after a hyphen in names made of a person's name: "Max-Scheler-Str. 30b".)
// (Or a word of its own after an adjective made of a place name: "Schönbrunner Straße 12", "Frankfurter Allee 3".)
const GERMAN_WORDS = ['Straße', 'Strasse', 'Str.', 'Weg', 'Platz', 'Allee', 'Gasse', 'Ring', 'Damm', 'Ufer', 'Chaussee'];
const GERMAN = ['straße', 'strasse', 'str.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'steig', 'chaussee', '-Straße', '-Strasse', '-Str.', '-Weg', '-Platz', '-Allee', '-Ring'];

// Each pattern with an optional cheaper test that a text must pass first: the suffix patterns would
// otherwise try their long prefix at every capital letter of every text.
interface AddressPattern {
  re: RegExp;
  /** a suffix list one of whose words must stand right before blanks and a digit */
  suffixes?: string[];
  gate?: RegExp | ((text: string) => boolean);
  /** a flat or unit may stand before the match */
  unitBefore?: boolean;
  /** a test the match must pass */
  check?: (match: string) => boolean;
  /** the pattern holds no number (all others hold a house, street or box number) */
  numberless?: boolean;
}
const PATTERNS: AddressPattern[] = [
  // 12 Main Street [Apt 4][, City][, ST 12345]
  { unitBefore: true, re: new RegExp(`${NUMBER}(?:[ \\t]+(?:${WORD}|${ORDINAL})){1,4}[ \\t]+(?:${SUFFIX})s?\\b\\.?${DIRECTION}${UNIT}${TAIL}`, 'gu') },
  // 213 Pilekrogen 53 [Apt. 263][, City, Country 18431]: building, street name, street number
  { unitBefore: true, re: new RegExp(`${NUMBER}(?:[ \\t]+(?:${WORD}|de|da|do|dos|das|del|di|la|le|ul\\.)){1,4}[ \\t]+\\d{1,4}[a-z]?\\b${UNIT}${TAIL}`, 'gu') },
  // Rua Augusta 25 / Via Roma 3 / Calle Mayor 7 / Im Kreuzbruch 994 / Asselsestraat 7 [, 1011 AB City]
  // (Spanish addresses put a comma before the number: "Calle Mayor, 7"; "C/" abbreviates Calle.)
  { re: new RegExp(`\\b(?:Rua|Avenida|Avda\\.|Av\\.|Avinguda|Via|Viale|Vicolo|Corso|Piazza|Piazzale|Strada|Lungomare|Calle|Carrer|Rambla|Ronda|Plaza|Pla[çc]a|Paseo|Passeig|Camino|Travessa|Traves[ií]a|Largo|Avenue|Rue|Boulevard|Chauss[ée]e|Quai|ul\\.|Im|Am|An der|An den|Auf der|Auf dem|Zum|Zur|In der|C\\/)[ \\t]*(?:(?:${WORD}|de|da|do|dos|das|del|di|la|le|dei|degli|della)[ \\t]+){0,3}(?:${WORD}|de|da|do|dos|das|del|di|la|le),?[ \\t]+(?:n[º°o]\\.?[ \\t]*)?${HOUSE_NUMBER}\\b${UNIT}${TAIL}`, 'gu') },
  { re: new RegExp(`\\b\\p{Lu}[\\p{L}-]*(?:${NORDIC_DUTCH.join('|')})[ \\t]+${HOUSE_NUMBER}\\b${UNIT}${TAIL}`, 'gu'), suffixes: NORDIC_DUTCH },
  // Hauptstraße 5[, 10115 Berlin]
  { re: new RegExp(`\\b\\p{Lu}[\\p{L}.-]*(?:${GERMAN.join('|').replaceAll('.', '\\.')})(?:[ \\t]+${HOUSE_NUMBER})(?:,?\\s*\\d{4,5}[ \\t]+\\p{Lu}[\\p{L}-]+)?`, 'gu'), suffixes: GERMAN },
  // Schönbrunner Straße 12[, 1050 Wien]
  { re: new RegExp(`\\b\\p{Lu}[\\p{L}-]*er[ \\t]+(?:${GERMAN_WORDS.join('|').replaceAll('.', '\\.')})(?:[ \\t]+${HOUSE_NUMBER})(?:,?\\s*\\d{4,5}[ \\t]+\\p{Lu}[\\p{L}-]+)?`, 'gu'), suffixes: GERMAN_WORDS },
  // 12 rue de la Paix[, 75002 Paris]
  { re: /\b(?:\d{1,6}[ \t]+)?\d{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Vv]oie|[Ss]quare|[Pp]assage|[Vv]illa|[Cc]it[ée]|[Ss]entier|[Rr]ond-[Pp]oint|[Pp]arvis|[Rr][ée]sidence)[ \t]+[\p{L}'’ -]{2,40}?(?:,?\s*\d{5}[ \t]+\p{Lu}[\p{L}-]+|(?=[,.\n?!;)]|$))/gu },
  // PO Box 104 / P.O. Box 104 / Postfach 12 34
  { re: new RegExp(`\\b(?:[Pp]\\.?[ \\t]?[Oo]\\.?[ \\t]?(?:Box|box|BOX)|[Pp]ost[ \\t][Oo]ffice[ \\t][Bb]ox|Postfach|Apartado(?:[ \\t]de[ \\t]Correos)?|Casella[ \\t]Postale|Bo[iî]te[ \\t]Postale)[ \\t]+\\d{1,6}(?:[ \\t]\\d{2,4})?\\b(?:${TAIL})?`, 'gu'), gate: /box|postfach|apartado|casella|postale/i },
  // US military: Unit 1234 Box 5678 / PSC 1234, Box 5678, then APO/FPO/DPO AA 12345
  // (Written in lower case too, as typed in a chat.)
  { re: /\b(?:Unit|PSC)\s+\d{4},?\s+Box\s+\d{4}\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/gi, gate: /[ADF]PO\s/i },
  { re: /\b(?:USNS|USNV|USS|USCGC)\s+\p{L}[\p{L}'-]+\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/giu, gate: /[ADF]PO\s/i },
  // Hungarian order, the street type after the name and a dot after the number: "Kossuth Lajos utca 12.",
  // "Petőfi tér 3.", "Király u. 15." (the name's later words may be lower case: "Árpád fejedelem útja").
  { re: new RegExp(`(?:${NUMBER}[ \\t]+)?\\p{Lu}[\\p{L}'-]*(?:[ \\t]+(?!(?:at|on|in|to|is|of|and|the|from|near|by|lives?)\\b)[\\p{L}'-]+){0,3}?[ \\t]+(?:${HUNGARIAN.join('|').replaceAll('.', '\\.')})[ \\t]+\\d{1,4}\\.?(?![\\p{L}\\d])${UNIT}${TAIL}`, 'gu'), suffixes: HUNGARIAN },
  // Turkish order, the street type after the name and "No:" before the number: "Bağdat Caddesi No:45",
  // "Atatürk Bulvarı 123", "Gül Sokak No. 7/3".
  { re: new RegExp(`\\b\\p{Lu}[\\p{L}'-]*(?:[ \\t]+\\p{Lu}[\\p{L}'-]*){0,2}[ \\t]+(?:${TURKISH.join('|').replaceAll('.', '\\.')})[ \\t]*,?[ \\t]*(?:No[:.]?[ \\t]*)?\\d{1,4}[A-Za-z]?(?:\\/\\d{1,3})?(?![\\p{L}\\d])${UNIT}${TAIL}`, 'gu'), gate: TURKISH_GATE },
  // Russian order: "ул. Тверская, д. 7, кв. 12, Москва, 125009", the postcode and city may come first.
  { re: RUSSIAN, gate: RUSSIAN_GATE },
  // An intersection, "the corner of Main Street and 5th Avenue": one place, both streets and the words.
  { re: new RegExp(`\\b(?:[Tt]he[ \\t]+)?[Cc]orner[ \\t]+of[ \\t]+[^\\n,;?!]{3,50}?[ \\t]+and${CORNER_WORDS}`, 'gu'), numberless: true, gate: (text) => text.includes('orner of'), check: (s) => DIGIT.test(s) || STREET_SUFFIX.test(s) },
  // A street named without a number after "on"/"along": "lives on Baker Street".
  { re: new RegExp(`(?<=\\b(?:[Oo]n|[Aa]long|[Oo]ff)[ \\t]+)(?:${WORD}[ \\t]+){1,3}(?:Street|Road|Avenue|Lane|Boulevard)\\b`, 'gu'), numberless: true, gate: STREET_WORDS },
];

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

// A sentence after the address is not part of it: cut before ". Word" unless the dot ends an abbreviation.
const SENTENCE_END = /([\p{L}\d]+)\.[ \t]+(?=\p{Lu})/gu;
const ABBREVIATIONS = new Set(['st', 'ste', 'ave', 'av', 'avda', 'apt', 'dr', 'rd', 'mt', 'ft', 'no', 'nr', 'blvd', 'ln', 'pl', 'ct', 'sq', 'hwy', 'n', 's', 'e', 'w', 'p', 'o', 'ul', 'str',
  'ул', 'кв', 'пер', 'просп', 'пл', 'наб', 'корп', 'стр', 'оф']);

const ALL_DIGITS = /^\d+$/;
const UNIT_AFTER = /^(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\b/;

function trimAddress(s: string): string {
  let end = s.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m !== null; m = SENTENCE_END.exec(s)) {
    if (ABBREVIATIONS.has(m[1].toLowerCase()) || m[1].length === 1) continue;
    // A house number written with a dot ("Petőfi utca 12. Apt. 4") goes on with the unit.
    if (ALL_DIGITS.test(m[1]) && UNIT_AFTER.test(s.slice(m.index + m[0].length))) continue;
    end = m.index + m[1].length;
    break;
  }
  return s.slice(0, end).replace(/[\s,.]+$/, '');
}

const DIGIT = /\d/;
const BLANK_DIGIT = /[ \t]\d/g;

// The Nordic/Dutch and German suffixes by their last character: a word's last character picks the few to
// compare (most words end in none of them).
const SUFFIXES_BY_LAST = new Map<number, Array<[string, string[]]>>();
for (const list of [NORDIC_DUTCH, GERMAN, GERMAN_WORDS]) {
  for (const suffix of list) {
    const last = suffix.charCodeAt(suffix.length - 1);
    let entries = SUFFIXES_BY_LAST.get(last);
    if (!entries) SUFFIXES_BY_LAST.set(last, (entries = []));
    entries.push([suffix, list]);
  }
}

/** The suffix lists with a word that ends right before blanks and a digit somewhere in `text`. */
function suffixesBeforeNumbers(text: string): Set<string[]> {
  const found = new Set<string[]>();
  BLANK_DIGIT.lastIndex = 0;
  while (found.size < 3 && BLANK_DIGIT.test(text)) {
    let end = BLANK_DIGIT.lastIndex - 2;
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end === 0) continue;
    const entries = SUFFIXES_BY_LAST.get(text.charCodeAt(end - 1));
    if (entries) for (const [suffix, list] of entries) if (!found.has(list) && text.endsWith(suffix, end)) found.add(list);
    // Hungarian street types are words of their own: one look-up of the word, not a test per suffix.
    if (!found.has(HUNGARIAN)) {
      const space = text.lastIndexOf(' ', end - 1);
      if (end - space <= 8 && HUNGARIAN_WORDS.has(text.slice(space + 1, end))) found.add(HUNGARIAN);
    }
  }
  return found;
}

/** Postal addresses: street number, name and a street suffix, with unit, city, region, postcode. */
export function detectAddresses(text: string, out: PiiEntity[]): void {
  const first = out.length;
  const hasDigit = DIGIT.test(text);
  let suffixes: Set<string[]> | undefined;
  for (const { re, gate, suffixes: needed, unitBefore, numberless, check } of PATTERNS) {
    if (!hasDigit && !numberless) continue;
    if (gate && !(typeof gate === 'function' ? gate(text) : gate.test(text))) continue;
    if (needed && !(suffixes ??= suffixesBeforeNumbers(text)).has(needed)) continue;
    // An exec loop, not `matchAll`, which would copy these long regexes on every call (see patterns.ts).
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (MONTH.test(m[0].slice(0, 20)) || (check && !check(m[0]))) continue;
      const s = trimAddress(m[0]);
      const unit = unitBefore ? UNIT_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index)) : null;
      const start = unit ? m.index - unit[0].length : m.index;
      out.push({ type: 'ADDRESS', start, end: m.index + s.length, score: 0.75 });
      quotedContinuation(text, start, m.index + s.length, out);
    }
  }
  if (out.length - first > 1) mergeOverlapping(out, first);
}

/**
 * Two patterns may each see part of one address ("Mannerheimintie 12" and "12 B 5, 00100 Helsinki"):
 * overlapping matches are one address, the union of both.
 */
function mergeOverlapping(out: PiiEntity[], first: number): void {
  const found = out.splice(first).sort((a, b) => a.start - b.start);
  let current = found[0];
  for (const next of found.slice(1)) {
    if (next.start < current.end) current = { ...current, end: Math.max(current.end, next.end), score: Math.max(current.score, next.score) };
    else { out.push(current); current = next; }
  }
  out.push(current);
}

// A quoted block ("> ", "??? " before every line) keeps each line of an address apart: the unit line and
// the "Country 12345" line after a street are addresses of their own; the city line between is a place.
const QUOTE_PREFIX = /^[ \t]*[^\p{L}\p{N}\s]+[ \t]*$/u;
const UNIT_LINE = /^(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\.?[ \t]*[\w-]{1,6}$/i;
const PLACE_POSTCODE_LINE = /^\p{L}[\p{L} ()'.-]{1,40}[ \t]+\d{4,6}$/u;
const PLACE_LINE = /^\p{L}[\p{L} ()'.,-]{1,40}$/u;

function quotedContinuation(text: string, start: number, end: number, out: PiiEntity[]): void {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (!QUOTE_PREFIX.test(prefix)) return;
  let eol = text.indexOf('\n', end);
  if (eol < 0 || text.slice(end, eol).trim() !== '') return;
  for (let lines = 0; lines < 3 && eol >= 0; lines++) {
    const from = eol + 1;
    if (!text.startsWith(prefix, from)) return;
    eol = text.indexOf('\n', from);
    const raw = text.slice(from + prefix.length, eol < 0 ? text.length : eol);
    const content = raw.trimEnd();
    const at = from + prefix.length + (raw.length - raw.trimStart().length);
    const trimmed = content.trimStart();
    if (UNIT_LINE.test(trimmed)) out.push({ type: 'ADDRESS', start: at, end: at + trimmed.length, score: 0.7 });
    else if (PLACE_POSTCODE_LINE.test(trimmed)) return void out.push({ type: 'ADDRESS', start: at, end: at + trimmed.length, score: 0.7 });
    else if (!PLACE_LINE.test(trimmed)) return;
  }
}
