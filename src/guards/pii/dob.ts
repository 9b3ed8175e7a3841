import type { PiiEntity } from './types.js';

// Month names and abbreviations in English, French, German, Spanish, Italian, Dutch and Portuguese, and
// Polish and Russian (with the genitive a date takes: "5 maja 1990", "3 марта 1985"), Turkish and the Nordic
// ones that differ.
const MONTHS = '(?:stycz(?:eń|en|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cień|cien|tnia)|maj[a]?|czerw(?:iec|ca)|lip(?:iec|ca)|sierp(?:ień|ien|nia)|wrze(?:sień|sien|śnia|snia)|październik[a]?|pazdziernik[a]?|listopad[a]?|grud(?:zień|zien|nia)|marts|jan(?:uary|vier|uar|uari|eiro)?|feb(?:ruary|ruar|ruari|rero|braio)?|f[eé]v(?:rier|ereiro)?|m[aä]r(?:ch|s|z|zo|[cç]o)?|maart|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|maio|mayo|maggio|mei|june?|juin|juni|junio|junho|giugno|july?|juil(?:let)?|juli|julio|julho|luglio|aug(?:ust|ustus)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|iembre)?)?|sett(?:embre)?|setiembre|setembro|oct(?:ober|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|d[eé]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|enero|gen(?:naio)?|ene|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik)\\.?';
const DATE = new RegExp(
  `\\b(?:\\d{4}年\\d{1,2}月\\d{1,2}日|(?:\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th|er|º|°)?\\.?(?:\\s+(?:de\\s+|of\\s+)?${MONTHS}\\s*,?\\s+(?:de\\s+)?|-${MONTHS}-)\\d{4}|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b)`,
  'gi',
);
// Words that make the next date a birth date, in the languages of our customers. A cue ends where no
// letter follows (`\\b` would not end "né", whose last letter is not an ASCII word character).
const SHORT_CUES = "born|b\\.|dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday|geboren|geb\\.|geburtsdatum|geburtstag|n[ée]e?|nacid[oa]|nac[ií]|naci[óo]|nato|nata|nascid[oa]|geboortedatum|verjaardag|anniversaire|cumplea[ñn]os|compleanno|f\\. ?nac\\.|fecha nac\\.?|urodzon[aey]|ur\\.|f[øö]dt|f[øö]dd|narozen[aáý]?";
const LONG_CUES = 'date de naissance|fecha de nacimiento|data di nascita|data de nascimento|data urodzenia|f[øö]dselsdato|f[öo]delsedatum|datum narozen[ií]|' +
  'do[ğg]um tarihi|syntym[äa]aika|syntym[äa]p[äa]iv[äa]|syntynyt|datum ro[đd]j?enja|ro[đd]j?en[a]?|sz[üu]let[ée]si (?:id[őo]|d[áa]tum)|sz[üu]letett|' +
  'data na[șs]terii|n[ăa]scut[ăa]?|tanggal lahir|ng[àa]y sinh|d[áa]tum narodenia';
// Cues in scripts whose letters `\b` does not know: no word boundary before them.
const OTHER_SCRIPT_CUES = 'дата рождения|родил(?:ся|ась)|дата народження|народи(?:вся|лася)|ημερομηνία γέννησης|γεννήθηκα|生年月日|出生日期|생년월일|תאריך לידה|تاريخ الميلاد';
const END = '(?![A-Za-zÀ-ÿ\\u0370-\\u03ff\\u0400-\\u04ff])';
const CUE = new RegExp(`(?:\\b(?:${SHORT_CUES}|${LONG_CUES})|${OTHER_SCRIPT_CUES})${END}[^.\\n\\d]{0,25}$`, 'i');

// Whether a birth cue is anywhere in the text, checked before looking for dates (most texts have none).
// Every cue that CUE finds before a date is found here: a cue shorter than 15 characters starts at a word
// boundary of the text (the window is 40 characters and the gap after the cue at most 25), and the
// boundary after any cue lies inside the window, because a date never starts right after a word character.
const ANY_CUE = new RegExp(`\\b(?:${SHORT_CUES})${END}|(?:${LONG_CUES}|${OTHER_SCRIPT_CUES})${END}`, 'i');
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
