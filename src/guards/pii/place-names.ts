import { readFileSync } from 'node:fs';

// Country and region names in the languages of our customers, from the ICU data Node ships with
// (Intl.DisplayNames), so the list is kept by Unicode CLDR rather than by hand.
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];
const A = 65;

let english: Set<string> | undefined;
let others: Set<string> | undefined;

function build(language: (l: string) => boolean): Set<string> {
  const names = new Set<string>();
  const displays = LANGUAGES.filter(language).map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      for (const display of displays) {
        let name: string | undefined;
        try { name = display.of(code); } catch { name = undefined; }
        if (name) names.add(name.toLowerCase());
      }
    }
  }
  return names;
}

/** Whether `name` (any case) is a country or region name in English ("France", "New Zealand"). */
export function isEnglishCountryName(name: string): boolean {
  english ??= build((l) => l === 'en');
  return english.has(name.toLowerCase());
}

/** Whether `name` (any case) is a country or region name in another language ("Deutschland", "Maurice"). */
export function isForeignCountryName(name: string): boolean {
  others ??= build((l) => l !== 'en');
  return others.has(name.toLowerCase());
}

let cities: { major: Set<string>; all: Set<string> } | undefined;

/**
 * Whether `name` (any case) is a city of 50,000 people or more (`major`: 300,000 or more), from GeoNames
 * (CC BY 4.0) by way of scripts/build-city-names.ts: "Lisbon", "San Francisco", "Kraków".
 */
export function isCityName(name: string, size: 'major' | 'any' = 'any'): boolean {
  if (!cities) {
    const file = JSON.parse(readFileSync(new URL('./city-names.json', import.meta.url), 'utf8')) as { major: string[]; other: string[] };
    cities = { major: new Set(file.major), all: new Set([...file.major, ...file.other]) };
  }
  return (size === 'major' ? cities.major : cities.all).has(name.toLowerCase());
}
