import { detectAddresses } from './address.js';
import { detectDob } from './dob.js';
import { detectPatterns } from './patterns.js';
import { detectPersons } from './person.js';
import { detectPhones } from './phone.js';
import { plainView, sourceSpan } from './plain-view.js';
import type { DetectPiiOptions, PiiEntity, PiiType } from './types.js';

// Which type keeps a span when two detections overlap: the better-validated one.
const PRIORITY: Record<PiiType, number> = {
  SECRET: 10, EMAIL: 9, IBAN: 8, CREDIT_CARD: 8, SSN: 7, IP_ADDRESS: 7, URL: 6, PHONE: 5, DATE_OF_BIRTH: 5, ADDRESS: 4, PERSON: 3,
};

/** Finds PII in `text`: UTF-16 offsets, end exclusive, no two entities overlapping, sorted by start. */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiEntity[] {
  const view = plainView(text);
  if (view === undefined) return detectInPlainText(text, options);
  return detectInPlainText(view.text, options).map((e) => ({ ...e, ...sourceSpan(view, e.start, e.end) }));
}

function detectInPlainText(text: string, options: DetectPiiOptions): PiiEntity[] {
  const found: PiiEntity[] = [];
  const wanted = options.types ? new Set(options.types) : undefined;
  detectPatterns(text, found);
  // Every pattern type outranks PHONE and they are ranked among themselves first, so the ones that will
  // be kept are known now: a phone overlapping one of them would be dropped.
  detectPhones(text, found, options.locales, keepNonOverlapping(found, wanted, undefined));
  detectDob(text, found);
  detectAddresses(text, found);
  detectPersons(text, found);
  return sortByStart(keepNonOverlapping(found, wanted, addressesIn(found)));
}

function addressesIn(found: PiiEntity[]): PiiEntity[] | undefined {
  let addresses: PiiEntity[] | undefined;
  for (const e of found) if (e.type === 'ADDRESS') (addresses ??= []).push(e);
  return addresses;
}

// A name or a ZIP+4 that looks like a phone inside a longer address is part of the address.
function insideAddress(e: PiiEntity, addresses: PiiEntity[]): boolean {
  if (e.type !== 'PERSON' && e.type !== 'PHONE') return false;
  for (const a of addresses) if (a.start <= e.start && e.end <= a.end && a.end - a.start > e.end - e.start) return true;
  return false;
}

const byRank = (a: PiiEntity, b: PiiEntity): number =>
  PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: PiiEntity, b: PiiEntity): number => a.start - b.start;

/**
 * The best-ranked of the wanted, non-empty entities (none inside a longer address), none overlapping
 * another, in rank order.
 */
function keepNonOverlapping(entities: PiiEntity[], wanted: Set<PiiType> | undefined, addresses: PiiEntity[] | undefined): PiiEntity[] {
  const ranked: PiiEntity[] = [];
  for (const e of entities) {
    if (e.end > e.start && (!wanted || wanted.has(e.type)) && !(addresses && insideAddress(e, addresses))) ranked.push(e);
  }
  if (ranked.length < 2) return ranked;
  stableSort(ranked, byRank);
  const kept: PiiEntity[] = [];
  for (const e of ranked) {
    let free = true;
    for (const k of kept) if (k.start < e.end && e.start < k.end) { free = false; break; }
    if (free) kept.push(e);
  }
  return kept;
}

function sortByStart(entities: PiiEntity[]): PiiEntity[] {
  return entities.length < 2 ? entities : stableSort(entities, byStart);
}

/**
 * `Array.prototype.sort` (stable too) with an insertion sort for the few entities most texts hold: the
 * built-in copies the array into a work area first, an allocation per call.
 */
function stableSort(items: PiiEntity[], compare: (a: PiiEntity, b: PiiEntity) => number): PiiEntity[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}
