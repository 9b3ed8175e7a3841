/**
 * Characters that hide PII from patterns written for plain text: full-width forms ("４１１１ １１１１"),
 * invisible characters typed or pasted inside an address or number ("jo\u200bhn@example.com"), and
 * typographic spaces and dashes ("555\u20112671").
 */
const DISGUISED = /[\u00a0\u00ad\u2000-\u200f\u2010-\u2015\u2028-\u202f\u205f-\u2064\u2212\u3000\ufeff\uff01-\uff5e]/;

/** The text as the detectors read it, and for each of its characters the offset in the original. */
export interface PlainView {
  text: string;
  /** `sourceIndex[i]` is where the view's character `i` came from; one entry more for the text's end. */
  sourceIndex: Int32Array;
}

/** What `code` reads as in plain text: a character code, or -1 to drop it. */
function plainCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0x202f || code === 0x205f || (code >= 0x2000 && code <= 0x200a)) return 32;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  if (code === 0x2028 || code === 0x2029) return 10;
  if (code === 0x00ad || code === 0xfeff || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064)) return -1;
  return code;
}

/** The plain view of `text`, or undefined when it holds none of those characters (most texts). */
export function plainView(text: string): PlainView | undefined {
  if (!DISGUISED.test(text)) return undefined;
  const sourceIndex = new Int32Array(text.length + 1);
  let plain = '';
  // Characters that stay as they are are copied a run at a time.
  let runStart = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const source = text.charCodeAt(i);
    const code = plainCode(source);
    if (code === source) {
      sourceIndex[length++] = i;
      continue;
    }
    plain += text.slice(runStart, i);
    runStart = i + 1;
    if (code < 0) continue;
    plain += String.fromCharCode(code);
    sourceIndex[length++] = i;
  }
  plain += text.slice(runStart);
  sourceIndex[length] = text.length;
  return { text: plain, sourceIndex: sourceIndex.subarray(0, length + 1) };
}

/** The span in the original text of the view's [start, end): invisible characters inside it included. */
export function sourceSpan(view: PlainView, start: number, end: number): { start: number; end: number } {
  return { start: view.sourceIndex[start], end: end > start ? view.sourceIndex[end - 1] + 1 : view.sourceIndex[start] };
}
