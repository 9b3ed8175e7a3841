import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { overlapsAny, type PiiEntity } from './types.js';

// Candidates: an optional +country, then digits with the usual separators, at least 7 digits in all.
// A number does not run on over a line break (an address's postcode line, then the phone on the next). An
// extension written straight after the number ("555-0100x12") is kept with it: it is written as one token.
const CANDIDATE = /(?<![\w+@./#-])(?:\+|00)?\(?\d[\d \t()./-]{5,20}\d(?:x\d{1,5})?(?![\w@])/g;
const EXTENSION = /x\d{1,5}$/;
// Words that say a number is a phone number (in the scripts of our customers too), and words that say it is something else.
const PHONE_CUE = /(?:phone|tel|t[ée]l[ée]?|call|mobil|cell|celular|fax|whatsapp|sms|text me|reach me|contact|number|numéro|n[úu]mero|nummer|telefon|téléphone|handy|portable|m[óo]vil|\b[MTFP]\s*:|desk|office|home|work|电话|電話|手机|手機|携帯|連絡先|联系|전화|휴대폰|연락처|телефон|тел\.|моб|τηλ|هاتف|جوال|फ़ोन|फोन|मोबाइल)[^\n\d]{0,20}$/i;
// "number" alone is no phone cue after the name of another kind of number ("loyalty number is 9329803109").
const OTHER_NUMBER = /(?:order|invoice|ticket|tracking|loyalty|member(?:ship)?|account|customer|policy|reference|serial|case|confirmation|booking|reservation|claim|parcel|card|voucher|gift ?card|coupon|routing|sort|tax|vat|passport|licen[cs]e|model|part|product|batch|lot)\s+(?:number|no\.?|nr\.?|#)[^\n\d]{0,12}$/i;
// The same in other languages: "numéro de commande", "número de pedido", "Bestellnummer", "klantnummer".
const OTHER_NUMBER_FOREIGN = /(?:(?:num[ée]ro|n[úu]mero|numer|nr\.?|n[°º]\.?)\s+(?:de\s+|di\s+|d[eo]\s+|del\s+|van\s+)?(?:la\s+|l[ae']\s*)?(?:commande|facture|suivi|colis|client|compte|dossier|pedido|factura|seguimiento|env[íi]o|cliente|cuenta|ordine|fattura|spedizione|conto|encomenda|fatura|zam[óo]wienia|faktury|przesy[łl]ki|klienta)|(?:bestell?|rechnungs|sendungs|kunden|klant|auftrags|konto|artikel|tracking|vorgangs|referenz|mitglieds|versicherungs|steuer|ticket|order|factuur|zending|serien?|paket|lieferschein)nummer)[^\n\d]{0,12}$/i;
const OTHER_CUE = /(?:order|invoice|ticket|ref|reference|tracking|account|acct|id|no\.|#|sku|case|iban|card|ssn|(?:zip|post(?:al)?)\s*(?:code)?(?:\s+is)?|postcode|version)[\s:#-]*$/i;
// National identity and tax numbers, printed in groups as phones are ("NHS number 943 476 5919", "CPF:
// 123.456.789-09", "TFN 123 456 782").
const NATIONAL_ID_CUE = /\b(?:nhs|cpf|cnpj|rg|sin|tfn|abn|acn|medicare|aadhaar|aadhar|pan|bsn|pesel|nir|insee|dni|nie|nif|nino|ni|national insurance|social insurance|social security|steuer-?id|steueridentifikationsnummer|codice fiscale|personnummer|cpr|ird|ppsn?|tax id|tax file|passport|driver'?s licen[cs]e|id card)(?:\s+(?:number|no\.?|nr\.?|#))?[\s:#-]*$/i;
// Dotted numbers after these words are versions ("firmware 10.0.19653.2011").
const VERSION_CUE = /(?:\bv|\bversion|\brelease|\bbuild|\bver\.?|firmware|upgrad(?:e|ed|ing) to|updat(?:e|ed|ing) to)\s*$/i;
/**
 * The first of the countries for each calling code, unknown ones dropped (a locale hint of "xx-ZZ"). A
 * national number is matched to a country by the numbering plans of the default country's calling code,
 * the same for every country sharing it (US and CA, with 23 others): a second one parses to the same
 * verdict, at the cost of the slowest parse there is.
 */
function onePerCallingCode(countries: CountryCode[]): CountryCode[] {
  const codes = new Set<string>();
  return countries.filter((country) => {
    if (!isSupportedCountry(country)) return false;
    const code = getCountryCallingCode(country);
    if (codes.has(code)) return false;
    codes.add(code);
    return true;
  });
}

// Canada is among them for its customers' sake: its numbers are parsed under the US's calling code, 1.
const DEFAULT_LOCALES: CountryCode[] = onePerCallingCode(['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'JP', 'ES', 'IT', 'NL', 'CA']);
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
// A date with the hour after it, as mail headers print them ("08/10/2000 02:30 PM"), or an ISO date.
// A two-digit year only between slashes: "12-03-45 67 89" is a phone.
const LEADING_DATE = /^(?:\d{4}-\d{2}-\d{2}|(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1\d{4}|(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01])\/\d{2})(?![\d./-]))/;
// Years from to ("1960-1962", "1720 1728", "2001 - 2013"), valid as German numbers without their area code.
const YEAR_RANGE = /^(?:1[5-9]|20)\d{2}(?:[ \t]*[-–][ \t]*|[ \t]+)(?:1[5-9]|20)\d{2}$/;
const DIGIT = /\d/;
// A decimal number (a coordinate, an amount in cents): no numbering plan writes a phone with one dot like this.
const DECIMAL = /^(?:[1-9]\d{0,2}\.\d{4,}|\d+\.\d{1,2})$/;
// Four groups of up to three digits around spaced dots are an IPv4 address read out ("192 . 168 . 1 . 1"), or
// a mistyped one when an octet is over 255: no numbering plan groups a phone so.
const SPACED_DOTTED_QUAD = /^\d{1,3}(?:[ \t]+\.[ \t]+\d{1,3}){3}$/;

/**
 * Phone numbers validated by libphonenumber-js, trying the hinted countries first. `taken` are spans that
 * outrank any phone (an IP address, a card): a candidate overlapping one would be dropped, so it is not
 * parsed (parsing is most of this detector's time, up to eleven countries a candidate).
 */
export function detectPhones(text: string, out: PiiEntity[], locales?: string[], taken: readonly PiiEntity[] = []): void {
  if (!DIGIT.test(text)) return;
  const countries = locales?.length ? onePerCallingCode([...locales.map((l) => l.toUpperCase().slice(-2) as CountryCode), ...DEFAULT_LOCALES]) : DEFAULT_LOCALES;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const ext = EXTENSION.exec(m[0]);
    let cand = (ext ? m[0].slice(0, ext.index) : m[0]).replace(/[\s.-]+$/, '');
    const start = m.index;
    if (/\s\s|\n/.test(cand)) cand = cand.split(/\s\s|\n/)[0];
    if (LEADING_DATE.test(cand)) continue;
    const digits = cand.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(cand.trim())) continue;
    if (overlapsAny(taken, start, start + cand.length)) continue;
    const intl = cand.startsWith('+') || cand.startsWith('00');
    const before = text.slice(Math.max(0, start - 30), start);
    if (cand.includes('.') && (VERSION_CUE.test(before) || SPACED_DOTTED_QUAD.test(cand))) continue;
    const nationalId = NATIONAL_ID_CUE.test(before);
    const cue = PHONE_CUE.test(before) && !nationalId && !OTHER_NUMBER.test(before) && !OTHER_NUMBER_FOREIGN.test(before);
    if (!cue && (nationalId || OTHER_CUE.test(before))) continue;
    // A bare run of digits is an order or account number unless something says it is a phone.
    if (!intl && !cue && (/^\d+$/.test(cand) || DECIMAL.test(cand) || YEAR_RANGE.test(cand))) continue;
    // "(0)20 7946 0958" closes what it opens; a lone bracket ("12 (64-67-70") is a list or a score line,
    // and failing it against every country is the slowest thing this detector does.
    if (!cue && !bracketsBalanced(cand)) continue;
    const score = phoneScore(cand, digits, intl ? undefined : countries, cue);
    if (score > 0) {
      const end = start + (ext && cand.length === ext.index ? m[0].length : cand.length);
      out.push({ type: 'PHONE', start, end, score });
    }
  }
}

// The verdicts on the most recent candidates, least recently used first. A conversation is scanned again
// with every request that carries its history, and a parse costs 10-30 us a country: the numbers in it are
// parsed once. Small enough to hold a few conversations' numbers, not a corpus.
const RECENT = 256;
const verdicts = new Map<string, number>();

/**
 * 0.9 for a number valid against the numbering plan of one of the countries (or of its own +country), 0.7 for
 * one of the right length in one of them with a phone cue or in international form, 0 otherwise.
 */
function phoneScore(cand: string, digits: string, countries: CountryCode[] | undefined, cue: boolean): number {
  const key = (countries === undefined ? '+' : countries === DEFAULT_LOCALES ? '' : countries.join()) + (cue ? '|1|' : '|0|') + cand;
  const known = verdicts.get(key);
  if (known !== undefined) {
    verdicts.delete(key);
    verdicts.set(key, known);
    return known;
  }
  const score = parseScore(cand, digits, countries, cue);
  if (verdicts.size >= RECENT) verdicts.delete(verdicts.keys().next().value as string);
  verdicts.set(key, score);
  return score;
}

// Every number of the North American plan reads NXX NXX XXXX (N = 2-9), with an optional trunk "1"; a number
// of another shape is valid in none of its 25 countries, and finding that out is the slowest parse there is.
const NANP_SHAPE = /^1?[2-9]\d{2}[2-9]\d{6}$/;

function parseScore(cand: string, digits: string, countries: CountryCode[] | undefined, cue: boolean): number {
  const intl = countries === undefined;
  const input = cand.startsWith('00') ? '+' + cand.slice(2) : cand;
  const skipNanp = !intl && !NANP_SHAPE.test(digits);
  let possible = false;
  let skipped: CountryCode | undefined;
  // Valid in any of the countries beats possible in an earlier one ("01.56.99.52.55" is French, not a US length).
  for (const country of countries ?? [undefined]) {
    if (skipNanp && getCountryCallingCode(country!) === '1') { skipped = country; continue; }
    const parsed = parsePhoneNumberFromString(input, country);
    if (!parsed) continue;
    if (parsed.isValid()) return 0.9;
    if (!possible && (cue || intl)) possible = parsed.isPossible();
  }
  if (!possible && cue && skipped !== undefined) possible = parsePhoneNumberFromString(input, skipped)?.isPossible() ?? false;
  return possible ? 0.7 : 0;
}

function bracketsBalanced(cand: string): boolean {
  let depth = 0;
  for (let i = 0; i < cand.length; i++) {
    const c = cand.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return false;
  }
  return depth === 0;
}
