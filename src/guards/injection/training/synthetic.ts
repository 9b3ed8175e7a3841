import { normalizeText } from '../../normalize/index.js';
import { extractFeatures, vectorize } from '../features.js';
import { mulberry32 } from './logistic-regression.js';
import type { Sample } from './logistic-regression.js';
import { SYNTHETIC_EMAILS, SYNTHETIC_PHRASES, SYNTHETIC_URLS } from './synthetic-phrases.js';
import { USER_TASKS } from './synthetic-user-tasks.js';

export interface SyntheticOptions {
  bits: number;
  seed: number;
  /** attacks made; as many benign texts are made in the same carriers */
  count: number;
  posWeight: number;
  negWeight: number;
}

type Rand = () => number;
const pick = <T>(items: readonly T[], rand: Rand): T => items[Math.floor(rand() * items.length)];

/**
 * Where text arrives from: a customer message, an email, a table row, a code comment, a tool's JSON
 * result, an order note, a web page, a text pasted under the user's own task. Attacks and benign inserts
 * go into the same carriers, so the carrier's own shape says nothing about the label.
 */
const CARRIERS: Array<(host: string, insert: string, rand: Rand, lang: string) => string> = [
  (h, x) => `${h} ${x}`,
  (h, x) => `${x} ${h}`,
  (h, x, r) => `From: ${pick(['Dana Weiss', 'support@shop.example', 'M. Okafor'], r)}\nSubject: ${pick(['Re: your order', 'Invoice 2231', 'Meeting notes'], r)}\n\n${h}\n\n${x}\n\nBest regards`,
  (h, x) => `| id | comment |\n|----|---------|\n| 1 | ${h.replace(/\n/g, ' ')} |\n| 2 | ${x} |`,
  (h, x) => `name,note\n"Lee","${h.replace(/["\n]/g, ' ')}"\n"Ana","${x}"`,
  (h, x, r) => `${pick(['```python\n', '```js\n', ''], r)}# ${h.replace(/\n/g, ' ').slice(0, 200)}\n# ${x}\ndef total(items):\n    return sum(i.price for i in items)`,
  (h, x) => JSON.stringify({ tool: 'search', results: [{ title: 'Result', snippet: h.slice(0, 300) }, { title: 'Note', snippet: x }] }),
  (h, x, r) => `Order #${Math.floor(r() * 90000) + 10000}\nDelivery note: ${x}\nCustomer message: ${h}`,
  (h, x) => `<p>${h}</p>\n<!-- ${x} -->`,
  // the user's own task above the pasted text: ordinary on both sides, only the insert tells them apart
  (h, x, r, l) => `${pick(USER_TASKS[l] ?? USER_TASKS.en, r)}\n\n${h} ${x}`,
];

const fill = (text: string, rand: Rand): string =>
  text.replace('{url}', `${pick(SYNTHETIC_URLS, rand)}?q=${Math.floor(rand() * 1e6)}`).replace('{email}', pick(SYNTHETIC_EMAILS, rand));

const rot13 = (s: string): string => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const ENCODINGS: Array<(s: string) => string> = [
  (s) => Buffer.from(s).toString('base64'),
  (s) => Buffer.from(s).toString('hex'),
  rot13,
  (s) => [...s].reverse().join(''),
];

function attack(lang: string, rand: Rand): string {
  const p = SYNTHETIC_PHRASES[lang];
  const payload = (): string => fill(pick(p.payload, rand), rand);
  const r = rand();
  if (p.encodedHint && rand() < 0.08) return `${pick(p.encodedHint, rand)} ${pick(ENCODINGS, rand)(payload())}`;
  if (p.indirect && rand() < 0.3) return fill(pick(p.indirect, rand), rand);
  if (r < 0.35) return `${pick(p.override, rand)} ${payload()}`;
  if (r < 0.55) return pick(p.extract, rand);
  if (r < 0.75) return `${pick(p.role, rand)} ${payload()}`;
  if (r < 0.9) return `${pick(p.override, rand)} ${pick(p.extract, rand)}`;
  return payload();
}

/**
 * Attacks in many languages and styles built from SYNTHETIC_PHRASES, set in carriers around real benign
 * hosts, and the same number of benign texts (mostly sentences with attack vocabulary) in the same
 * carriers. English gets half the attacks, the other languages share the rest.
 */
export function syntheticSamples(hosts: readonly string[], opt: SyntheticOptions): Sample[] {
  const rand = mulberry32(opt.seed ^ 0x5e7a11);
  const langs = Object.keys(SYNTHETIC_PHRASES);
  const lang = (): string => (rand() < 0.5 ? 'en' : pick(langs, rand));
  const host = (l: string): string => {
    // foreign attacks also sit in foreign text, or the language alone would mark them
    if (hosts.length === 0 || (l !== 'en' && rand() < 0.5)) return pick(SYNTHETIC_PHRASES[l].benign, rand);
    return pick(hosts, rand);
  };
  const out: Sample[] = [];
  const add = (text: string, label: 0 | 1, weight: number): void => {
    const fs = extractFeatures(normalizeText(text).text, opt.bits, false);
    out.push({ ...vectorize(fs, opt.bits), label, weight });
  };
  for (let k = 0; k < opt.count; k++) {
    const l = lang();
    add(pick(CARRIERS, rand)(host(l), attack(l, rand), rand, l), 1, opt.posWeight);
  }
  for (let k = 0; k < opt.count; k++) {
    const l = lang();
    const p = SYNTHETIC_PHRASES[l];
    const r = rand();
    // one in ten is a user's task alone or over a pasted text: the commonest benign prompt of all
    if (rand() < 0.1) {
      const task = pick(USER_TASKS[l] ?? USER_TASKS.en, rand);
      add(rand() < 0.5 ? task : `${task}\n\n${host(l)}`, 0, opt.negWeight);
      continue;
    }
    const insert = p.documentRequest && r < 0.2 ? pick(p.documentRequest, rand) : r < 0.7 ? pick(p.hardNegative, rand) : pick(p.benign, rand);
    add(pick(CARRIERS, rand)(host(l), fill(insert, rand), rand, l), 0, opt.negWeight);
  }
  return out;
}
