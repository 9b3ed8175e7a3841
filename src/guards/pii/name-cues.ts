// Words just before a capitalised run that say it is a person's name. Matched on the 30 characters before
// the run read backwards, so that the regex is anchored at its start and tried at one position only
// (a `...$` regex is tried at every position of the window). Each alternative is written reversed:
// "my name is" is "si eman ym". Forwards, CUE is
//   (?:my name is|name is|this is|i am|i'm|dear|hi|hello|hey|hallo|hier ist|je suis|je m'appelle|ich bin|
//   ich heiße|me llamo|mi chiamo|mi nombre es|mein name ist|mon nom est|mijn naam is|il mio nome è|ik ben|sono|
//   signed,?|cordialement,?|atentamente,?|saludos,?|cordiali saluti,?|grüße,?|grüßen,?|groeten,?|
//   bien à vous,?|thanks,?|regards,?|cheers,?|sincerely,?|name\s*[:=?]|customer\s*[:=]?|verify me\s*:|
//   account holder|holder|spoke (?:to|with)|assistant to|contact\s*[:=]?|from|by|with|called|named|agent|
//   says|said|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|manager|partner|kid|
//   child|mom|dad|for|and|cc\s*:|attn\s*:?|\n--\s*)[\s,:"']*$
// and STRONG_CUE is the first part of it (introductions, greetings, sign-offs, "Name:" fields).
const REVERSED_CUE = /^[\s,:"']*(?:si eman ym|si eman|si siht|ma i|m'i|raed|ih|olleh|yeh|ollah|tsi reih|sius ej|elleppa'm ej|nib hci|eßieh hci|omall em|omaihc im|se erbmon im|tsi eman niem|tse mon nom|si maan njim|è emon oim li|neb ki|onos|,?dengis|,?tnemelaidroc|,?etnematneta|,?sodulas|,?itulas ilaidroc|,?eßürg|,?neßürg|,?neteorg|,?suov à neib|,?sknaht|,?sdrager|,?sreehc|,?ylerecnis|[:=?]\s*eman|[:=]?\s*remotsuc|:\s*em yfirev|redloh tnuocca|redloh|(?:ot|htiw) ekops|ot tnatsissa|[:=]?\s*tcatnoc|morf|yb|htiw|dellac|deman|tnega|syas|dias|efiw|dnabsuh|nos|rethguad|rehtom|rehtaf|rehtorb|retsis|dneirf|eugaelloc|reganam|rentrap|dik|dlihc|mom|dad|rof|dna|:\s*cc|:?\s*ntta|\s*--\n)/i;
const REVERSED_STRONG_CUE = /^[\s,:"']*(?:si eman ym|si eman|si siht|ma i|m'i|raed|ih|olleh|ollah|tsi reih|sius ej|elleppa'm ej|nib hci|eßieh hci|omall em|omaihc im|se erbmon im|tsi eman niem|tse mon nom|si maan njim|è emon oim li|neb ki|onos|,?dengis|,?tnemelaidroc|,?etnematneta|,?sodulas|,?itulas ilaidroc|,?eßürg|,?neßürg|,?neteorg|,?suov à neib|,?sdrager|,?sknaht|[:=?]\s*eman|[:=]?\s*remotsuc)/i;

export const NO_CUE = 0;
export const CUE = 1;
export const STRONG_CUE = 2;

const WINDOW = 30;
const reversedCodes = new Uint16Array(WINDOW);

/** NO_CUE, CUE or STRONG_CUE: what the 30 characters before offset `start` say about a name there. */
export function nameCueBefore(text: string, start: number): number {
  const low = Math.max(0, start - WINDOW);
  // Built in one allocation from a reused buffer: appending 30 one-character strings makes a rope that the
  // regex then has to flatten.
  let k = 0;
  for (let i = start - 1; i >= low; i--) reversedCodes[k++] = text.charCodeAt(i);
  const reversed = String.fromCharCode.apply(null, reversedCodes.subarray(0, k) as unknown as number[]);
  if (!REVERSED_CUE.test(reversed)) return NO_CUE;
  return REVERSED_STRONG_CUE.test(reversed) ? STRONG_CUE : CUE;
}
