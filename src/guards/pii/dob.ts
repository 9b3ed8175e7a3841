import type { PiiEntity } from './types.js';

const MONTHS = '(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[eé]v(?:rier)?|m[aä]r(?:ch|s|z)?|apr(?:il)?|avr(?:il)?|may|mai|june?|juin|juni|july?|juil(?:let)?|juli|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|d[eé]c(?:embre)?|dez(?:ember)?)\\.?';
const DATE = new RegExp(
  `\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+${MONTHS}\\s*,?\\s+\\d{4}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'gi',
);
// Words that make the next date a birth date, in the languages of our customers.
const CUE = /\b(?:born|b\.|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|geboren|geb\.|geburtsdatum|n[ée]e?|date de naissance|fecha de nacimiento|nacid[oa]|data di nascita|nato|nata|geboortedatum)\b[^.\n\d]{0,25}$/i;

// Whether a birth cue is anywhere in the text, checked before looking for dates (most texts have none).
// Every cue that CUE finds before a date is found here: a cue shorter than 15 characters starts at a word
// boundary of the text (the window is 40 characters and the gap after the cue at most 25), and the
// boundary after any cue lies inside the window, because a date never starts right after a word character.
const ANY_CUE = /\b(?:born|b\.|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|geboren|geb\.|geburtsdatum|n[ée]e?|nacid[oa]|nato|nata|geboortedatum)\b|(?:date de naissance|fecha de nacimiento|data di nascita)\b/i;
const DIGIT = /\d/;

/** Dates with a birth cue just before them. */
export function detectDob(text: string, out: PiiEntity[]): void {
  if (!DIGIT.test(text) || !ANY_CUE.test(text)) return;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (CUE.test(before)) out.push({ type: 'DATE_OF_BIRTH', start: m.index, end: m.index + m[0].length, score: 0.85 });
  }
}
