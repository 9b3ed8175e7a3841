// Words just before a capitalised run that say it is a person's name. Matched on the 30 characters before
// the run read backwards, so that the regex is anchored at its start and tried at one position only
// (a `...$` regex is tried at every position of the window). Each alternative is written reversed:
// "my name is" is "si eman ym". Forwards, CUE is
//   (?:my name is|name is|this is|i am|i'm|dear|hi|hello|hey|hallo|hier ist|je suis|je m'appelle|ich bin|
//   ich heiße|me llamo|mi chiamo|mi nombre es|mein name ist|mon nom est|mijn naam is|il mio nome è|ik ben|ik heet|me chamo|chamo-me|sono|
//   signed,?|cordialement,?|atentamente,?|saludos,?|cordiali saluti,?|grüße,?|grüßen,?|groeten,?|
//   bien à vous,?|thanks,?|regards,?|cheers,?|sincerely,?|name\s*[:=?]|customer\s*[:=]?|name on (?:the )?card|card ?holder|verify me\s*:|
//   account holder|holder|spoke (?:to|with)|assistant to|contact\s*[:=]?|from|by|with|called|named|agent|
//   call me|calls me|known as|says|said|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|manager|partner|kid|
//   child|mom|dad|for|and|cc\s*:|attn\s*:?|(?:change|update|correct) (?:it|my name|the name) to|\n--\s*|(?:hey|hi|hello) it'?s|меня зовут|мене звати|мо[её] имя|моє ім'я|
//   с уважением,?|з повагою,?|уважаемый|уважаемая|шановний|шановна|здравствуйте|привет|добрый день|имя\s*[:=]|фио\s*[:=]|
//   клиент|клиентка)[\s,:"']*$
// and STRONG_CUE is the first part of it (introductions, greetings, sign-offs, "Name:" fields), with "hey it's" and
// "my daughter", "our son" and the like, "name on card" and "cardholder", and the Russian and Ukrainian ones
// but "клиент".
const REVERSED_CUE = /^[\s,:"']*(?:(?:s'ti|sti|s’ti) (?:yeh|ih|olleh)|si eman ym|si eman|si siht|ma i|m'i|raed|ih|olleh|yeh|ollah|tsi reih|sius ej|elleppa'm ej|nib hci|eßieh hci|omall em|omaihc im|se erbmon im|tsi eman niem|tse mon nom|si maan njim|è emon oim li|neb ki|teeh ki|omahc em|em-omahc|onos|,?dengis|,?tnemelaidroc|,?etnematneta|,?sodulas|,?itulas ilaidroc|,?eßürg|,?neßürg|,?neteorg|,?suov à neib|,?sknaht|,?sdrager|,?sreehc|,?ylerecnis|[:=?]\s*eman|[:=]?\s*remotsuc|drac (?:eht )?no eman|redloh ?drac|:\s*em yfirev|redloh tnuocca|redloh|(?:ot|htiw) ekops|ot tnatsissa|[:=]?\s*tcatnoc|morf|yb|htiw|dellac|deman|tnega|em llac|em sllac|sa nwonk|syas|dias|efiw|dnabsuh|nos|rethguad|rehtom|rehtaf|rehtorb|retsis|dneirf|eugaelloc|reganam|rentrap|dik|dlihc|mom|dad|rof|dna|:\s*cc|:?\s*ntta|ot (?:ti|eman ym|eman eht) (?:egnahc|etadpu|tcerroc)|\s*--(?:\n|$)|тувоз янем|итавз енем|ями [ёе]ом|я['’]мі єом|,?меинежаву с|,?юогавоп з|йымеажаву|яамеажаву|йинвонаш|анвонаш|етйувтсвардз|тевирп|ьнед йырбод|[:=]\s*ями|[:=]\s*оиф|актнеилк|тнеилк)/i;
const REVERSED_STRONG_CUE = /^[\s,:"']*(?:(?:s'ti|sti|s’ti) (?:yeh|ih|olleh)|(?:rethguad|nos|efiw|dnabsuh|rehtom|rehtaf|rehtorb|retsis|dneirf|rentrap|dik|dlihc|mom|dad) (?:ym|ruo|sih|reh)|si eman ym|si eman|si siht|ma i|m'i|raed|ih|olleh|ollah|tsi reih|sius ej|elleppa'm ej|nib hci|eßieh hci|omall em|omaihc im|se erbmon im|tsi eman niem|tse mon nom|si maan njim|è emon oim li|neb ki|teeh ki|omahc em|em-omahc|onos|,?dengis|,?tnemelaidroc|,?etnematneta|,?sodulas|,?itulas ilaidroc|,?eßürg|,?neßürg|,?neteorg|,?suov à neib|,?sdrager|,?sknaht|[:=?]\s*eman|[:=]?\s*remotsuc|drac (?:eht )?no eman|redloh ?drac|тувоз янем|итавз енем|ями [ёе]ом|я['’]мі єом|,?меинежаву с|,?юогавоп з|йымеажаву|яамеажаву|йинвонаш|анвонаш|етйувтсвардз|тевирп|ьнед йырбод|[:=]\s*ями|[:=]\s*оиф)/i;

export const NO_CUE = 0;
export const CUE = 1;
export const STRONG_CUE = 2;

const WINDOW = 30;
// Every cue, read backwards past the blanks and punctuation the regexes skip ([\s,:"']), starts with one of
// these characters (upper or lower case): the last letter of a cue word, or '=', '?', '-' ("name =", "--").
// Most runs follow a full stop or an ordinary word's last letter that is none of them: no string to build.
const CUE_LAST = new Uint8Array(128);
for (const c of 'smrioytendhc=?-') CUE_LAST[c.charCodeAt(0)] = CUE_LAST[c.toUpperCase().charCodeAt(0)] = 1;
const SKIPPED = /[\s,:"']/;
const isSkipped = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 58 || c === 34 || c === 39 : SKIPPED.test(String.fromCharCode(c));

/** Whether the first character before `start` (within the window) that the cue regexes do not skip can start a cue. */
function mayHaveCue(text: string, start: number, low: number): boolean {
  for (let i = start - 1; i >= low; i--) {
    const c = text.charCodeAt(i);
    if (isSkipped(c)) continue;
    // Italian "è" ("il mio nome è"), or any Cyrillic letter (those cues are few and Cyrillic text is rare).
    return c < 128 ? CUE_LAST[c] === 1 : c === 0xe8 || c === 0xc8 || (c >= 0x400 && c <= 0x4ff);
  }
  return false;
}

// The window read backwards is built in one allocation: appending 30 one-character strings makes a rope that
// the regex then has to flatten, and `apply` over a buffer copies it into an argument array first.
function reversedWindow(t: string, s: number): string {
  return String.fromCharCode(
    t.charCodeAt(s - 1), t.charCodeAt(s - 2), t.charCodeAt(s - 3), t.charCodeAt(s - 4), t.charCodeAt(s - 5),
    t.charCodeAt(s - 6), t.charCodeAt(s - 7), t.charCodeAt(s - 8), t.charCodeAt(s - 9), t.charCodeAt(s - 10),
    t.charCodeAt(s - 11), t.charCodeAt(s - 12), t.charCodeAt(s - 13), t.charCodeAt(s - 14), t.charCodeAt(s - 15),
    t.charCodeAt(s - 16), t.charCodeAt(s - 17), t.charCodeAt(s - 18), t.charCodeAt(s - 19), t.charCodeAt(s - 20),
    t.charCodeAt(s - 21), t.charCodeAt(s - 22), t.charCodeAt(s - 23), t.charCodeAt(s - 24), t.charCodeAt(s - 25),
    t.charCodeAt(s - 26), t.charCodeAt(s - 27), t.charCodeAt(s - 28), t.charCodeAt(s - 29), t.charCodeAt(s - 30)
  );
}

// (Within 30 characters of the text's start.)
const reversedCodes = new Uint16Array(WINDOW);
function reversedShortWindow(text: string, start: number, low: number): string {
  let k = 0;
  for (let i = start - 1; i >= low; i--) reversedCodes[k++] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, reversedCodes.subarray(0, k) as unknown as number[]);
}

/** NO_CUE, CUE or STRONG_CUE: what the 30 characters before offset `start` say about a name there. */
export function nameCueBefore(text: string, start: number): number {
  const low = Math.max(0, start - WINDOW);
  if (!mayHaveCue(text, start, low)) return NO_CUE;
  const reversed = start >= WINDOW ? reversedWindow(text, start) : reversedShortWindow(text, start, low);
  if (!REVERSED_CUE.test(reversed)) return NO_CUE;
  return REVERSED_STRONG_CUE.test(reversed) ? STRONG_CUE : CUE;
}
