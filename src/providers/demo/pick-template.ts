import type { ResponseTemplate } from '../spec/index.js';

const WORD = /[\p{L}\p{N}']+/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/**
 * Scores a template by the keywords found in the message: a multi-word keyword must appear as a phrase
 * and counts once per word, so "order status" outweighs "order". Ties keep the file's order.
 */
function keywordScore(template: ResponseTemplate, message: string, messageWords: Set<string>): number {
  let score = 0;
  for (const keyword of template.keywords) {
    const normalized = keyword.toLowerCase().trim();
    if (!normalized) continue;
    const parts = normalized.match(WORD) ?? [];
    const hit = parts.length > 1 ? message.includes(normalized) : parts.length === 1 && matchesWord(parts[0], messageWords);
    if (hit) score += parts.length;
  }
  return score;
}

/** A keyword matches a word or the word's simple inflections (refund -> refunds, refunded). */
function matchesWord(keyword: string, messageWords: Set<string>): boolean {
  if (messageWords.has(keyword)) return true;
  for (const word of messageWords) {
    if (word.length > keyword.length && word.startsWith(keyword) && word.length - keyword.length <= 3) return true;
  }
  return false;
}

const GENERIC = /^(general|generic|default|fallback|other)\b/i;

/** The best-matching template for a user message, or the generic one (else the first) when none matches. */
export function pickTemplate(templates: ResponseTemplate[], message: string): ResponseTemplate | undefined {
  const lower = message.toLowerCase();
  const messageWords = words(message);
  let best: ResponseTemplate | undefined;
  let bestScore = 0;
  for (const template of templates) {
    const score = keywordScore(template, lower, messageWords);
    if (score > bestScore) {
      best = template;
      bestScore = score;
    }
  }
  return best ?? templates.find((template) => GENERIC.test(template.name)) ?? templates[0];
}

/** Fills `{{name}}` and `{{a.b}}` placeholders; an absent value renders empty (answers stay readable). */
export function fillPlaceholders(body: string, variables: Record<string, unknown>): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    let value: unknown = variables;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? '' : String(value);
  });
}
