import type { PiiEntity } from './types.js';

const SUFFIX = 'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Cres|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Brae|Shores?|Shoals?|Meadows?|Knolls?|Curve|Club|Crossing|Estates?|Heights|Hills?|Park|Ridge|Row|Walk|Gardens?|Grove|Green|Mews|Vale|View|Villas?|Wells?|Springs?|Falls|Fields?|Glens?|Harbou?r|Islands?|Junction|Landing|Lights?|Lodge|Manor|Mills?|Mount|Orchard|Pass|Path|Pike|Plains?|Points?|Port|Ranch|Rapids?|Rest|Route|Run|Station|Stream|Summit|Track|Turnpike|Union|Valley|Village|Ville|Vista|Wall|Loop|Alley|Bypass|Causeway|Centre|Center|Common|Corners?|Creek|Dale|Dam|Divide|Expressway|Extension|Ferry|Flats?|Fords?|Forest|Forge|Forks?|Freeway|Gateway|Haven|Hollow|Inlet|Keys?|Lakes?|Land|Locks?|Mall|Motorway|Neck|Oval|Overpass|Prairie|Radial|Ramp|Shore|Skyway|Spur|Throughway|Tunnel|Cove|Bluffs?|Bottom|Branch|Bridge|Brook|Burgs?|Camp|Canyon|Cape|Cliffs?|Courts|Crest|Drives|Fall|Grove|Isle|Junctions|Lock|Mission|Motorway|Parks|Plaza|Ports|Ridges|Squares|Streets|Trafficway|Underpass|Viaduct|Views|Ways';
const UNIT = '(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\\.?\\s*[\\w-]+)?';
const CITY = "(?:,?[ \\t]*\\n?[ \\t]*\\p{Lu}[\\p{L}'’.-]+(?:[ -](?:\\p{Lu}[\\p{L}'’.-]+|upon|on|under|in|am|an|der|de|la|le|sur|sous)){0,4})";
const REGION = '(?:,?\\s*[A-Z]{2,3})?';
const POSTCODE = '(?:,?\\s*(?:\\d{5}(?:-\\d{4})?|\\d{4}|[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}))?';

const PATTERNS: RegExp[] = [
  // 12 Main Street [Apt 4][, City][, ST 12345]
  new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,4}[ \\t]+(?:${SUFFIX})\\b\\.?${UNIT}(?:${CITY}${REGION}${POSTCODE})?`, 'gu'),
  // 213 Pilekrogen 53 [Apt. 263][, City, Country 18431]: building, street name, street number
  new RegExp(`\\b\\d{1,6}(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|do|dos|das|del|di|la|le)){1,4}[ \\t]+\\d{1,4}[a-z]?\\b${UNIT}(?:${CITY}${REGION}${POSTCODE})?`, 'gu'),
  // Hauptstraße 5[, 10115 Berlin]
  /\b\p{Lu}[\p{L}.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|steig|chaussee)(?:[ \t]+\d{1,4}[a-z]?)(?:,?\s*\d{5}[ \t]+\p{Lu}[\p{L}-]+)?/gu,
  // 12 rue de la Paix[, 75002 Paris]
  /\b\d{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|voie)[ \t]+[\p{L}'’ -]{2,40}?(?:,\s*\d{5}[ \t]+\p{Lu}[\p{L}-]+|(?=[,.\n]|$))/gu,
  // US military: Unit 1234 Box 5678 / PSC 1234, Box 5678, then APO/FPO/DPO AA 12345
  /\b(?:Unit|PSC)\s+\d{4},?\s+Box\s+\d{4}\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/g,
  /\b(?:USNS|USNV|USS|USCGC)\s+\p{Lu}\w+\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/gu,
];

/** Postal addresses: street number, name and a street suffix, with unit, city, region, postcode. */
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

export function detectAddresses(text: string, out: PiiEntity[]): void {
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (MONTH.test(m[0].slice(0, 20))) continue;
      const s = m[0].replace(/[\s,.]+$/, '');
      out.push({ type: 'ADDRESS', start: m.index, end: m.index + s.length, score: 0.75 });
    }
  }
}
