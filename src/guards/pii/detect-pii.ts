import { detectAddresses } from './address.js';
import { detectDob } from './dob.js';
import { detectPatterns } from './patterns.js';
import { detectPersons } from './person.js';
import { detectPhones } from './phone.js';
import type { DetectPiiOptions, PiiEntity, PiiType } from './types.js';

// Which type keeps a span when two detections overlap: the better-validated one.
const PRIORITY: Record<PiiType, number> = {
  SECRET: 10, EMAIL: 9, IBAN: 8, CREDIT_CARD: 8, SSN: 7, IP_ADDRESS: 7, URL: 6, PHONE: 5, DATE_OF_BIRTH: 5, ADDRESS: 4, PERSON: 3,
};

/** Finds PII in `text`: UTF-16 offsets, end exclusive, no two entities overlapping, sorted by start. */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiEntity[] {
  const found: PiiEntity[] = [];
  const wanted = options.types ? new Set(options.types) : undefined;
  detectPatterns(text, found);
  // Every pattern type outranks PHONE and they are ranked among themselves first, so the ones that will
  // be kept are known now: a phone overlapping one of them would be dropped.
  detectPhones(text, found, options.locales, keepNonOverlapping(found.filter((e) => !wanted || wanted.has(e.type))));
  detectDob(text, found);
  detectAddresses(text, found);
  detectPersons(text, found);
  // A name or a ZIP+4 that looks like a phone inside a longer address is part of the address.
  const addresses = found.filter((e) => e.type === 'ADDRESS');
  const insideAddress = (e: PiiEntity): boolean =>
    (e.type === 'PERSON' || e.type === 'PHONE') && addresses.some((a) => a.start <= e.start && e.end <= a.end && a.end - a.start > e.end - e.start);
  const kept = keepNonOverlapping(found.filter((e) => (!wanted || wanted.has(e.type)) && !(addresses.length > 0 && insideAddress(e))));
  return kept.sort((a, b) => a.start - b.start);
}

/** The best-ranked entities, none overlapping another (in rank order). */
function keepNonOverlapping(entities: PiiEntity[]): PiiEntity[] {
  if (entities.length === 0) return entities;
  const ranked = entities
    .filter((e) => e.end > e.start)
    .sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiEntity[] = [];
  for (const e of ranked) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept;
}
