import { infoAt, isCountry } from './name-tokens.js';
import { overlapsAny, type PiiEntity } from './types.js';

// An item of a list next to a name ("Hleb, Sheila, Donna and Donald"): one or two capitalised words.
const ITEM = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*)?";
const JOIN = '(?:,[ \\t]*(?:(?:and|&|or)[ \\t]+)?|[ \\t]+(?:and|&|or)[ \\t]+)';
const NEXT_ITEM = new RegExp(`${JOIN}(${ITEM})(?![\\p{L}\\p{M}\\d'’-])`, 'uy');
const PREVIOUS_ITEM = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])(${ITEM})${JOIN}$`, 'u');
const BLANKS = /[ \t]+/;
const NUMBER_BEFORE = /\d[ \t]+$/;
const JOIN_BEFORE = /(?:,[ \t]*|[ \t](?:and|&|or)[ \t]+)$/;
const LIST_JOIN = /^(?:,|[ \t]+(?:and|&|or)[ \t])/;

/**
 * Names are listed with other names: the words around two listed names found in this call, joined by a
 * comma or "and", are names too when they could be (no function word, no title, no country). Ambiguous
 * given names ("Sheila", "Donna") found no other way are found so. One name is not enough: a firm is named
 * "Smith, Jones and Brown", and a street name after its number is followed by the city.
 */
export function extendToListItems(text: string, out: PiiEntity[], first: number): void {
  // Two names next to each other in a list: the first is followed by the join (most texts have none).
  let joined = false;
  for (let k = first; k < out.length && !joined; k++) joined = joinsAt(text, out[k].end);
  if (!joined) return;
  const found = out.slice(first).filter((e) => !NUMBER_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)));
  const next = (e: PiiEntity): [number, number] | undefined => {
    if (!LIST_JOIN.test(text.slice(e.end, e.end + 8))) return undefined;
    NEXT_ITEM.lastIndex = e.end;
    const m = NEXT_ITEM.exec(text);
    return m ? [e.end + m[0].length - m[1].length, e.end + m[0].length] : undefined;
  };
  const previous = (e: PiiEntity): [number, number] | undefined => {
    // The join is looked for first: the item regex, anchored at the end, is tried at every position.
    if (!JOIN_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start))) return undefined;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    const p = PREVIOUS_ITEM.exec(before);
    return p ? [e.start - before.length + p.index, e.start - before.length + p.index + p[1].length] : undefined;
  };
  const queue = found.filter((e) => {
    const n = next(e);
    const p = previous(e);
    return found.some((o) => (n && o.start === n[0]) || (p && o.end === p[1]));
  });
  while (queue.length > 0) {
    const person = queue.pop()!;
    for (const span of [next(person), previous(person)]) {
      const item = span && listItemAt(text, span[0], span[1]);
      if (item && !overlapsAny(out, item.start, item.end)) { out.push(item); queue.push(item); }
    }
  }
}

function joinsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || (c === 32 && (text.startsWith('and', i + 1) || text.startsWith('or', i + 1) || text.charCodeAt(i + 1) === 38));
}

/** The name in the list item [start, end), leading titles and greetings dropped; none if any word is weak. */
function listItemAt(text: string, start: number, end: number): PiiEntity | undefined {
  const blank = BLANKS.exec(text.slice(start, end));
  const firstInfo = infoAt(text, start, blank ? start + blank.index : end);
  const secondStart = blank ? start + blank.index + blank[0].length : end;
  if (blank && (firstInfo.title || firstInfo.greeting)) return listItemAt(text, secondStart, end);
  if (firstInfo.weak || firstInfo.title || firstInfo.greeting) return undefined;
  // A title ends the item: the name it introduces is found on its own ("Duran and Oneal's Mrs. Kathrine Filemonsen").
  if (blank && (infoAt(text, secondStart, end).weak || infoAt(text, secondStart, end).title)) return undefined;
  if (isCountry(text.slice(start, end), firstInfo.known)) return undefined;
  return { type: 'PERSON', start, end, score: 0.6 };
}
