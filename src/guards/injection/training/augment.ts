import { extractFeatures, vectorize } from '../features.js';
import type { FeatureSet } from '../features.js';
import type { InjectionRow } from './dataset.js';
import { mulberry32 } from './logistic-regression.js';
import type { Sample } from './logistic-regression.js';

/** A training row after normalisation: what the augmenter needs to splice rows together. */
export interface Spliceable {
  row: InjectionRow;
  fs: FeatureSet;
  /** normalised text the features were taken from */
  text: string;
}

export interface AugmentOptions {
  bits: number;
  seed: number;
  /** longest host or attack (normalised characters) that is spliced */
  maxLength: number;
  /** sample weights of spliced attacks and of spliced benign pairs */
  posWeight: number;
  negWeight: number;
}

/**
 * Every source in the data is all-attack or all-benign, so the n-grams learn topics ("parcel", "refund"
 * = benign) as much as attacks. Splicing each attack into a random benign text of another source, and
 * benign texts into each other, breaks that link: the same customer words now appear on both sides, and
 * the spliced attacks look like the injections the product meets (an override inside a complaint, an
 * instruction inside a document).
 */
export function spliceSamples(data: readonly Spliceable[], opt: AugmentOptions): Sample[] {
  const rand = mulberry32(opt.seed ^ 0x51ced);
  const hosts = data.filter((p) => p.row.label === 0 && p.text.length <= opt.maxLength);
  const attacks = data.filter((p) => p.row.label === 1 && p.text.length <= opt.maxLength);
  if (hosts.length < 2) return [];
  const pick = (): Spliceable => hosts[Math.floor(rand() * hosts.length)];
  const splice = (host: string, insert: string): string => {
    const r = rand();
    if (r < 0.4) return `${host} ${insert}`;
    if (r < 0.7) return `${insert}\n${host}`;
    const cut = host.indexOf(' ', Math.floor(host.length / 2));
    return cut < 0 ? `${host}\n${insert}` : `${host.slice(0, cut)} ${insert}${host.slice(cut)}`;
  };
  const out: Sample[] = [];
  for (const a of attacks) {
    let host = pick();
    if (host.row.source === a.row.source) host = pick();
    const fs = extractFeatures(splice(host.text, a.text), opt.bits, false);
    out.push({ ...vectorize(fs, opt.bits), label: 1, weight: opt.posWeight });
  }
  for (let k = 0; k < attacks.length; k++) {
    const fs = extractFeatures(splice(pick().text, pick().text), opt.bits, false);
    out.push({ ...vectorize(fs, opt.bits), label: 0, weight: opt.negWeight });
  }
  return out;
}
