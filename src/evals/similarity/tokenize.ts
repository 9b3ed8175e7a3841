const STOPWORDS = new Set(
  ('a an the and or but if then else of to in on at by for with from as is are was were be been being am do does did ' +
    'have has had i me my we our you your he she it its they them their this that these those there here so not no ' +
    'can could will would should shall may might must just very also than too into about over out up down again ' +
    "what which who whom when where why how all any each some such only own same s t don't i'm it's you're we're").split(' '),
);

/** A light suffix stripper (not Porter): enough to match "refunds"/"refunded"/"refunding" as one term. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' ? `${base}y` : base;
    }
  }
  return word;
}

/** Lower-cased, stop words dropped, stemmed content terms. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []) {
    const w = word.replace(/^'+|'+$/g, '');
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
