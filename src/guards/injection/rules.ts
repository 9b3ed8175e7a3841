import { CUE_RULES } from './cue-rules.js';
import { IntTable } from './int-table.js';
import { INJECTION_RULES } from './rule-patterns.js';

export { INJECTION_RULES } from './rule-patterns.js';
export type { InjectionRule } from './rule-patterns.js';

/**
 * When a rule is worth running: one of `words` is a whole [a-z0-9] token of the text, or one of `subs`
 * is a substring; and, if `needs` is given, one of `needs` is a substring too. Every match of the
 * pattern satisfies its gate (rules.test.ts checks this on samples), so gating changes speed only.
 */
interface RuleGate {
  words?: string;
  subs?: string[];
  needs?: string[];
  /** or: the text holds a character outside ASCII */
  nonAscii?: boolean;
  /**
   * Every match starts where one of `words` starts (or, with `nonAscii`, at a non-ASCII character):
   * the pattern is then tried only there instead of scanning the whole text.
   */
  anchored?: boolean;
}

const SYS_FIRST = 'system initial original hidden secret pre preprompt base developer opening setup';
const SYS_SECOND = ['prompt', 'instruction', 'instructions', 'message', 'rules', 'guidelines', 'configuration', 'text'];

// The first words of TASK_OPENER (rule-patterns.ts): where a task dropped into a document can start.
const TASK_WORDS = 'what which who how why explain describe provide compose write translate summarise summarize recommend suggest help show tell teach analyse analyze determine classify draft develop';

/** Gates by rule name; see RuleGate. */
const GATES: Record<string, RuleGate> = {
  'override:ignore-instructions': { words: 'ignore disregard forget skip bypass override overrule drop abandon discard neglect set throw', anchored: true },
  'override:ignore-above': { words: 'ignore disregard forget', anchored: true },
  'override:your-instructions': { words: 'ignore disregard forget skip bypass override overrule drop discard neglect abandon set stop do don instruction instructions rules guidelines policy policies prompt restrictions limits directive directives ignoriere ignorier vergiss missachte ignorez oublie oubliez ignora olvida olvide negeer vergeet esqueca esquece dimentica', anchored: true },
  'override:forget-everything': { words: 'forget ignore disregard', anchored: true },
  'override:new-instructions': { words: 'new updated real actual true revised additional secret hidden important this das esto c questo isto dit outrank outranks no', anchored: true },
  'override:instead': { words: 'instead', anchored: true },
  'override:multilingual': { words: 'ignora ignore ignorez ignoriere ignorieren ignoreer ignorar olvida vergiss oublie oubliez oublier negeer dimentica esquece esqueca desconsidera', anchored: true },
  'role:you-are-now': { words: 'you youre', anchored: true },
  'role:from-now-on': { words: 'from starting for ab a d vanaf', anchored: true },
  'role:act-as': { words: 'act behave respond answer operate pretend role roleplay impersonate simulate', anchored: true },
  'role:jailbreak-persona': { words: 'dan dude stan aim developer dev god modo entwicklermodus mode modalita ontwikkelaarsmodus jailbreak jailbroken unfiltered uncensored unrestricted evil do late dead deceased', anchored: true },
  'role:no-restrictions': { words: 'without no free not ignore beyond ohne sin sans senza sem zonder', anchored: true },
  'extract:system-prompt': { words: `${SYS_FIRST} ${SYS_FIRST.split(' ').flatMap((a) => SYS_SECOND.map((b) => a + b)).join(' ')}`, anchored: true },
  'extract:reveal': { words: 'reveal repeat print output show display tell write dump leak recite list spell translate', anchored: true },
  'extract:password': { words: 'password passcode access secret say print output', anchored: true },
  'extract:transform-instructions': { words: 'summarise summarize format convert translate rewrite rephrase paraphrase encode output outputs turn put write spell restate poem rap song sonnet story haiku limerick essay post joke outline', anchored: true },
  'delimiter:chat-template': { subs: ['<', '[', '{'] },
  'delimiter:fake-role': { words: 'system assistant admin developer root operator op human ai', needs: [':'] },
  'delimiter:fake-boundary': { words: 'end begin start', subs: ['<', '===', ']]', '---'] },
  'target:ai-reader': { words: 'ai llm chatbot bot assistant language gpt chatgpt claude model agent note notes message messages instruction instructions uwaga wiadomosc notatka hinweis nachricht notiz nota mensaje aviso messaggio avviso notitie bericht yapay bunu bu', anchored: true },
  'exfil:markdown-image': { subs: ['!['] },
  'exfil:send-to': { words: 'send forward email e mail post upload transmit leak exfiltrate share cc bcc', needs: ['http', '.'], anchored: true },
  'exfil:visit-link': { words: 'click visit open go navigate fetch curl load', needs: ['http'], anchored: true },
  'authority:claimed': { words: 'i im this admin developer debug maintenance sudo god root grant granted granting give gave giving', anchored: true },
  'policy:auto-approve': { words: 'approve authorise authorize grant issue apply refund waive', anchored: true },
  'role:stop-being': { words: 'stop no you youre forget', anchored: true },
  'authority:impersonated': { words: 'as on speaking with treat', anchored: true },
  'delimiter:bracket-role': { subs: ['sys', 'admin', 'assistant', 'developer', 'instruction', 'sistema'] },
  'target:model-addressed': { words: 'model ai assistant assistenten assistente assistent chatbot bot llm agent ia' },
  'permission:claimed-waiver': { words: 'granted given issued received been pre preapproved preauthorised preauthorized whitelisted cleared signed authorised authorized update change adjust modify alter relax loosen uncensored', anchored: true },
  'permission:granted': { words: 'you i youre permission', anchored: true },
  'exfil:other-customers': { words: 'customer customers user users client clients account accounts recipient recipients caller callers orders cliente kunde klant' },
  'extract:repeat-multilingual': { words: 'repita repite wiederhole repete ripeti herhaal stampa imprime drucke muestra zeige montre mostra toon affiche paste copy', anchored: true },
  'extract:multilingual': { words: 'systeeminstructies systemanweisungen systemprompt instrucciones instructions istruzioni instrucoes prompt', anchored: true },
  'encoding:reversed': { words: 'backwards reversed in right achterstevoren al ruckwarts a', anchored: true },
  'encoding:named': { words: 'base64 rot rot13 hex hexadecimal decode reverse reversed', anchored: true },
  'target:your-output': { words: 'modify change alter enhance augment end start begin conclude finish format rewrite scramble rearrange jumble shuffle reverse replace swap substitute encode encrypt spell capitalise capitalize translate prefix append insert embed incorporate integrate fuse add provide give deliver present render express phrase write compose structure answer reply response in into throughout at', anchored: true },
  'indirect:imperative-sentence': { words: 'add include insert embed append incorporate integrate fuse employ modify rearrange scramble rewrite translate respond reply compose break make ensure remember keep don begin conclude mention recommend promote suggest advise encourage redirect urge inform convert encode enhance refer' },
  'indirect:task-switch': { words: 'write compose create generate draft craft tell give break can could', anchored: true },
  'indirect:when-processing': { words: 'when whenever', anchored: true },
  'indirect:insert-code': { words: 'following this below provided code snippet', anchored: true },
  'indirect:code-into-yours': { words: 'following below subsequent provided given this your addition inclusion integration incorporation', anchored: true },
  'exfil:code-call': { subs: ['requests.', 'socket.', 'subprocess.', 'os.', 'smtplib', 'urllib', 'psutil', 'paramiko', 'keylog', 'crypto'] },
  'policy:agent-action': { words: 'transfer wire send pay grant delete remove wipe erase purge sell call invoke run execute trigger use', anchored: true },
  'exfil:user-secrets': { words: 'send share forward email e mail post upload include append attach paste leak give', anchored: true },
  'indirect:document-task': { words: TASK_WORDS, needs: ['subject:', 'from:', 'sent:', 'cc:'], anchored: true },
  'indirect:table-task': { words: TASK_WORDS, needs: ['|'], anchored: true },
  'indirect:line-task': { words: "what who how explain describe provide develop compose write give list translate summarise summarize create generate break can could was wer erklare beschreibe schreibe qu qui explique decris ecris cual que quien explica escribe qual spiega descrivi scrivi leg beschrijf schrijf", needs: ['\n'] },
  'target:output-format': { words: 'misspell misspelled misspelling misspellings misspelt anagram anagrams anagrammed emoji emojis pig morse leetspeak leet alphanumeric letter character vowel caesar substitution binary all uppercase backwards reverse reversed', anchored: true },
  'encoding:decode-and-follow': { words: 'decode decoded decrypt decipher unscramble reverse reversed rot rot13 base base64 hex backwards decodifica descifra dekodiere entschlussele decodez decodifique decodeer', anchored: true },
  'extract:setup-reference': { words: 'context your text words everything line lines content what system systemprompt written typed that which anything whatever all rules instructions guidelines directives', anchored: true },
  'override:void-constraints': { words: 'limit limits rule rules restriction restrictions leash handbook policy policies policys cap caps guidelines script instruction instructions training programming put placed imposed only not isn isnt aren your whatever everything anything', anchored: true },
  ...Object.fromEntries(CUE_RULES.map((r) => [r.name, { words: r.words.join(' '), nonAscii: r.nonAscii, anchored: true }])),
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Signed 32-bit hashes stay small integers in V8, so the map look-ups below need no boxing.
function tokenHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

// token hash -> rules it unlocks; rules gated only by substrings; rules with a `needs` condition.
const BY_TOKEN = new Map<number, number[]>();
const gates: RuleGate[] = INJECTION_RULES.map((rule) => {
  const gate = GATES[rule.name];
  if (!gate) throw new Error(`injection rule ${rule.name} has no gate`);
  return gate;
});
gates.forEach((gate, r) => {
  for (const w of (gate.words ?? '').split(' ').filter(Boolean)) {
    const h = tokenHash(w);
    const list = BY_TOKEN.get(h) ?? [];
    if (!list.includes(r)) list.push(r);
    BY_TOKEN.set(h, list);
  }
});
const NON_ASCII_RULES = gates.flatMap((g, r) => (g.nonAscii ? [r] : []));
const SUB_RULES = gates.flatMap((g, r) => (g.subs ? [r] : []));
const NEEDS_RULES = gates.flatMap((g, r) => (g.needs ? [r] : []));

// Anchored rules: the sticky copy of each pattern, the anchored rules each token may start, and the
// positions where a token that may start a match begins, gathered while gating.
const ANCHORED = gates.flatMap((g, r) => (g.anchored ? [r] : []));
const anchorOf = new Int32Array(INJECTION_RULES.length).fill(-1);
ANCHORED.forEach((r, k) => { anchorOf[r] = k; });
const STICKY = ANCHORED.map((r) => new RegExp(INJECTION_RULES[r].pattern.source, 'y'));
const ANCHOR_START = new Map<number, number[]>();
ANCHORED.forEach((r, k) => {
  for (const w of (gates[r].words ?? '').split(' ').filter(Boolean)) {
    const list = ANCHOR_START.get(tokenHash(w)) ?? [];
    if (!list.includes(k)) list.push(k);
    ANCHOR_START.set(tokenHash(w), list);
  }
});
// Both maps as one typed table for the per-word look-up: token hash -> entry (1-based) -> rules, anchor bits.
const tokenHashes = [...BY_TOKEN.keys()];
const TOKEN_ENTRY = new IntTable(tokenHashes.map((h, i) => [h, i + 1] as const));
const TOKEN_RULES: number[][] = [[], ...tokenHashes.map((h) => BY_TOKEN.get(h)!)];
const TOKEN_ANCHORS: number[][] = [[], ...tokenHashes.map((h) => ANCHOR_START.get(h) ?? [])];
const anchorStarts = ANCHORED.map(() => new Int32Array(256));
const anchorCount = new Int32Array(ANCHORED.length);
let nonAsciiAt = new Int32Array(1024);
let nonAsciiCount = 0;

function pushAnchor(k: number, pos: number): void {
  if (anchorCount[k] === anchorStarts[k].length) {
    const grown = new Int32Array(anchorStarts[k].length * 2);
    grown.set(anchorStarts[k]);
    anchorStarts[k] = grown;
  }
  anchorStarts[k][anchorCount[k]++] = pos;
}

function pushNonAscii(pos: number): void {
  if (nonAsciiCount === nonAsciiAt.length) {
    const grown = new Int32Array(nonAsciiAt.length * 2);
    grown.set(nonAsciiAt);
    nonAsciiAt = grown;
  }
  nonAsciiAt[nonAsciiCount++] = pos;
}

const active = new Uint8Array(INJECTION_RULES.length);
// ASCII characters present in the text: a substring whose first character is absent cannot be there.
const seen = new Uint8Array(128);
const NONE: Array<[number, number]> = [];

// Adjacent ASCII pairs present, stamped with the call's number so the 16K table needs no clearing. Most
// gate substrings ("subprocess.", "smtplib") hold a pair the text lacks: no full `includes` scan then.
const pairs = new Uint32Array(128 * 128);
let stamp = 0;
const nonAsciiSub = gates.flatMap((g) => [...(g.subs ?? []), ...(g.needs ?? [])]).find((s) => !/^[\x00-\x7f]+$/.test(s));
if (nonAsciiSub !== undefined) throw new Error(`injection rules: gate substring ${nonAsciiSub} is not ASCII`);

function contains(text: string, sub: string): boolean {
  if (seen[sub.charCodeAt(0)] !== 1) return false;
  for (let i = 1; i < sub.length; i++) if (pairs[(sub.charCodeAt(i - 1) << 7) | sub.charCodeAt(i)] !== stamp) return false;
  return text.includes(sub);
}

const FAMILY_NAMES = [...new Set(INJECTION_RULES.map((r) => r.name.split(':')[0]))];
/** rule number -> its family's number (the family is the name before ':'); fewer than 32 families */
export const RULE_FAMILY: readonly number[] = INJECTION_RULES.map((r) => FAMILY_NAMES.indexOf(r.name.split(':')[0]));

/** Rules whose gate lets them run on `text` (normalised): a flag per rule. */
export function gateRules(text: string): Uint8Array {
  active.fill(0);
  seen.fill(0);
  if (++stamp === 0xffffffff) { pairs.fill(0); stamp = 1; }
  let prev = 0;
  anchorCount.fill(0);
  nonAsciiCount = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  let wordStart = 0;
  let nonAscii = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    if (c < 128) { pairs[(prev << 7) | c] = stamp; prev = c; } else prev = 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) { inWord = true; h = FNV_OFFSET; wordStart = i; }
      h = Math.imul(h ^ c, FNV_PRIME);
      seen[c] = 1;
      continue;
    }
    if (c < 128) seen[c] = 1;
    else if (i < len) { nonAscii = true; pushNonAscii(i); }
    if (inWord) {
      inWord = false;
      const entry = TOKEN_ENTRY.get(h);
      if (entry !== 0) {
        const rules = TOKEN_RULES[entry];
        for (let k = 0; k < rules.length; k++) active[rules[k]] = 1;
        const anchors = TOKEN_ANCHORS[entry];
        for (let k = 0; k < anchors.length; k++) pushAnchor(anchors[k], wordStart);
      }
    }
  }
  if (nonAscii) for (const r of NON_ASCII_RULES) active[r] = 1;
  for (const r of SUB_RULES) {
    if (active[r]) continue;
    for (const s of gates[r].subs!) if (contains(text, s)) { active[r] = 1; break; }
  }
  for (const r of NEEDS_RULES) if (active[r] && !gates[r].needs!.some((s) => contains(text, s))) active[r] = 0;
  return active;
}

/** An anchored rule tried at its candidate starts, in order, as a global scan would find them. */
function runAnchored(r: number, text: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  const k = anchorOf[r];
  const sticky = STICKY[k];
  const starts = anchorStarts[k];
  const count = anchorCount[k];
  const other = gates[r].nonAscii ? nonAsciiCount : 0;
  let a = 0;
  let b = 0;
  let from = 0;
  while (a < count || b < other) {
    const pos = b >= other || (a < count && starts[a] < nonAsciiAt[b]) ? starts[a++] : nonAsciiAt[b++];
    if (pos < from) continue;
    sticky.lastIndex = pos;
    const m = sticky.exec(text);
    if (m === null) continue;
    hits.push([pos, pos + m[0].length]);
    from = pos + Math.max(1, m[0].length);
  }
  return hits;
}

function runRule(r: number, text: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  const pattern = INJECTION_RULES[r].pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    hits.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return hits;
}

/** Every rule's matches in `text` (normalised): rule number -> [start, end) pairs. */
export function matchRules(text: string): Array<Array<[number, number]>> {
  const on = gateRules(text);
  const out: Array<Array<[number, number]>> = new Array(INJECTION_RULES.length);
  for (let r = 0; r < INJECTION_RULES.length; r++) {
    if (!on[r]) out[r] = NONE;
    else out[r] = anchorOf[r] >= 0 ? runAnchored(r, text) : runRule(r, text);
  }
  return out;
}

/** The same without gates: the reference the gated version must agree with. */
export function matchRulesUngated(text: string): Array<Array<[number, number]>> {
  return INJECTION_RULES.map((_, r) => runRule(r, text));
}
