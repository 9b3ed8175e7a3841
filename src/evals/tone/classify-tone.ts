import { CONTRACTION, CUES, RUDE, SLANG, type ToneCue } from './lexicon.js';

export const TONES = ['helpful', 'professional', 'empathetic', 'apologetic', 'blaming', 'formal'] as const;
export type Tone = (typeof TONES)[number];

/** Aliases accepted in `expectedTone`, mapped to a tone the classifier scores. */
const ALIASES: Record<string, Tone> = {
  supportive: 'helpful',
  polite: 'professional',
  courteous: 'professional',
  sympathetic: 'empathetic',
  compassionate: 'empathetic',
  understanding: 'empathetic',
  accusatory: 'blaming',
  apologizing: 'apologetic',
};

export function normalizeTone(name: string): Tone | undefined {
  const key = name.trim().toLowerCase();
  return (TONES as readonly string[]).includes(key) ? (key as Tone) : ALIASES[key];
}

export interface ToneAnalysis {
  /** Per tone, in [0, 1]; a tone counts as present at >= 0.7 (the guide's bar). */
  scores: Record<Tone, number>;
  /** The phrases that counted, per tone, for the reason of a failed assertion. */
  evidence: Record<Tone, string[]>;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

// Cue patterns made global once: building them per call was a third of the scorer's garbage.
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}gm`);
    globals.set(pattern, global);
  }
  return global;
}

/** Sum of cue weights; each cue counts once in full and half again for a repeat. */
function gather(text: string, cues: ToneCue[], evidence: string[]): number {
  let total = 0;
  for (const { pattern, weight } of cues) {
    const hits = text.match(globalOf(pattern));
    if (!hits) continue;
    evidence.push(hits[0].trim());
    total += weight * (1 + 0.5 * Math.min(hits.length - 1, 2));
  }
  return total;
}

/** Maps accumulated evidence to [0, 1]: 1.6 units of evidence reach the 0.7 bar. */
function saturate(evidence: number): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-evidence / 1.33);
}

/**
 * A deterministic, lexicon-based tone classifier.
 *
 * How it decides: each tone has weighted cue phrases (lexicon.ts); the matched weights add up to that tone's
 * evidence, which saturates into [0, 1] (1.6 units give 0.7). Register features then adjust: professional
 * starts from a baseline for clean text (no slang, shouting, rudeness or blame) and formal from the absence
 * of contractions and longer words; slang, contractions, exclamation runs, capitals and rudeness lower
 * professional and formal, and blame lowers helpful, empathetic and professional. It reads words, not
 * meaning: irony and negation ("I'm not sorry") fool it; see tone.test.ts for its measured accuracy.
 */
export function classifyTone(raw: string): ToneAnalysis {
  // The quality score, the verdict and `tone` assertions each ask about the same output in turn.
  if (last?.raw !== raw) last = { raw, analysis: analyse(raw) };
  return last.analysis;
}
let last: { raw: string; analysis: ToneAnalysis } | undefined;

function analyse(raw: string): ToneAnalysis {
  const text = raw.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  const words = text.match(/[a-z']+/g) ?? [];
  const evidence = Object.fromEntries(TONES.map((t) => [t, [] as string[]])) as Record<Tone, string[]>;
  const raw_ = Object.fromEntries(TONES.map((t) => [t, gather(text, CUES[t], evidence[t])])) as Record<Tone, number>;

  const slang = count(text, SLANG);
  const rude = count(text, RUDE);
  const contractions = count(text, CONTRACTION);
  const exclamations = count(raw, /!/g);
  const shouting = (raw.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !/^(PDF|FAQ|URL|API|USD|EUR|SMS|ID|VIP|CEO)$/.test(w)).length;
  const sentences = Math.max(1, count(raw, /[.!?](\s|$)/g));
  const meanWordLength = words.length ? words.reduce((n, w) => n + w.length, 0) / words.length : 0;

  const blame = saturate(raw_.blaming + rude * 0.8);
  const informal = slang * 0.6 + rude * 1.0 + Math.max(0, exclamations - 1) * 0.4 + shouting * 0.5;

  let professional = raw_.professional;
  if (words.length >= 5 && informal === 0 && blame < 0.3) {
    professional += 1.4;
    evidence.professional.push('clean register');
  }
  // Care for the customer (acknowledging, apologising, offering help) is part of a professional reply.
  professional += Math.max(raw_.apologetic, raw_.empathetic, raw_.helpful) >= 0.8 ? 0.4 : 0;
  professional -= informal + blame * 2;

  let formal = raw_.formal;
  if (words.length >= 8 && contractions === 0) {
    formal += 0.7;
    evidence.formal.push('no contractions');
  }
  if (meanWordLength >= 5) formal += 0.4;
  formal -= contractions * 0.35 + informal * 1.2 + (sentences > 0 && exclamations > 0 ? 0.5 : 0);

  const scores: Record<Tone, number> = {
    helpful: saturate(raw_.helpful) * (1 - 0.6 * blame),
    professional: saturate(professional),
    empathetic: saturate(raw_.empathetic) * (1 - 0.8 * blame),
    apologetic: saturate(raw_.apologetic) * (1 - 0.5 * blame),
    blaming: saturate(raw_.blaming + rude * 0.8),
    formal: saturate(formal),
  };
  for (const tone of TONES) scores[tone] = Math.round(scores[tone] * 1000) / 1000;
  return { scores, evidence };
}
