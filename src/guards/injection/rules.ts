/**
 * Weighted rules over normalised text (lower case, confusables and diacritics folded). Each rule is one
 * input of the trained model, which learns its weight; its name is the reason reported when it fires.
 */
export interface InjectionRule {
  name: string;
  pattern: RegExp;
}

/**
 * When a rule is worth running: one of `words` is a whole [a-z0-9] token of the text, or one of `subs`
 * is a substring; and, if `needs` is given, one of `needs` is a substring too. Every match of the
 * pattern satisfies its gate (rules.test.ts checks this on samples), so gating changes speed only.
 */
interface RuleGate {
  words?: string;
  subs?: string[];
  needs?: string[];
}

const PRIOR = '(?:previous|prior|above|earlier|preceding|initial|original|old|former|existing|current|given|system|all|any|your|the|these|those|my|every)';
const ORDERS = '(?:instructions?|policy|policies|privacy policy|gdpr|confidentiality|setup text|training|directives?|rules|guidelines|prompts?|directions|orders|commands|programming|policies|constraints|restrictions|guardrails|context|conversation|safety|filters?)';

export const INJECTION_RULES: readonly InjectionRule[] = [
  { name: 'override:ignore-instructions', pattern: new RegExp(`\\b(?:ignore|disregard|forget|skip|bypass|override|overrule|drop|abandon|discard|neglect|set aside|throw out)\\b(?:\\s+\\w+){0,3}?\\s+${PRIOR}?\\s*(?:\\w+\\s+){0,2}${ORDERS}\\b`, 'g') },
  { name: 'override:forget-everything', pattern: /\b(?:forget|ignore|disregard)\s+(?:everything|all(?:\s+of)?\s+(?:that|this|the above)|what (?:you were|i) (?:told|said))/g },
  { name: 'override:new-instructions', pattern: /\b(?:new|updated|real|actual|true|revised|additional|secret|hidden|important)\s+(?:instructions?|task|directive|rules|orders|system prompt)\b|\bthis is an? (?:instruction|order|command)\b|\b(?:das ist eine anweisung|esto es una orden|c'est un ordre|questo e un ordine|isto e uma ordem|dit is een opdracht)\b|\boutranks?\b|\bno longer (?:counts?|applies|apply|valid)\b/g },
  { name: 'override:instead', pattern: /\binstead\b.{0,30}\b(?:say|write|print|output|respond|reply|answer|do)\b/g },
  { name: 'override:multilingual', pattern: /\b(?:ignor(?:a|e|ez|iere|ieren|eer|ar)|olvida|vergiss|oublie[zr]?|negeer|dimentica|esquece|esqueca|desconsidera)\b.{0,40}\b(?:instruc(?:ciones|tions|oes|coes)|istruzioni|anweisungen|instruktionen|regeln|regles|reglas|regras|regole|instructies|regels|consignes|vorgaben)\b/g },
  { name: 'role:you-are-now', pattern: /\b(?:you are|you're|you will be|youre)\s+(?:now|no longer|not (?:a|an) \w+ (?:anymore|any more))\b/g },
  { name: 'role:from-now-on', pattern: /\b(?:from now on|from this (?:point|moment)|starting now|for the rest of this conversation|ab (?:jetzt|sofort)|a partir de (?:ahora|maintenant|agora)|d'ora in poi|vanaf nu)\b/g },
  { name: 'role:act-as', pattern: /\b(?:act|behave|respond|answer|operate)\s+(?:as|like)\s+(?:if\s+)?(?:a|an|the|my|you)\b|\bpretend\s+(?:to be|you|that)\b|\brole-?\s?play\b|\bimpersonate\b|\bsimulate\b/g },
  { name: 'role:jailbreak-persona', pattern: /\b(?:dan|dude|stan|aim|developer mode|dev mode|god mode|modo desarrollador|entwicklermodus|mode developpeur|modalita sviluppatore|ontwikkelaarsmodus|modo desenvolvedor|jailbreak|jailbroken|unfiltered|uncensored|unrestricted|evil confidant|do anything now)\b/g },
  { name: 'role:no-restrictions', pattern: /\b(?:without|no|free (?:of|from)|not bound by|ignore all|beyond|ohne|sin|sans|senza|sem|zonder)\s+(?:any\s+|jegliche\s+|ninguna?s?\s+|aucune?\s+)?(?:restrictions?|limitations|limits|limites?|limiti|limieten|filters|censorship|rules|guidelines|ethics|morals|policies|policy checks|einschrankungen|regeln|restricciones|reglas|regles|regole|regras|regels|grenzen)\b/g },
  { name: 'extract:system-prompt', pattern: /\b(?:system|initial|original|hidden|secret|pre-?prompt|base|developer|opening|setup)[\s_-]*(?:prompt|instructions?|message|rules|guidelines|configuration|text)\b/g },
  { name: 'extract:reveal', pattern: /\b(?:reveal|repeat|print|output|show|display|tell me|write out|dump|leak|recite|list|spell out|translate)\b.{0,40}\b(?:your|the|all|above|previous|prior|initial|hidden|secret)\b.{0,30}\b(?:instructions?|prompt|rules|guidelines|password|secret|text above|words above|context|configuration)\b/g },
  { name: 'extract:password', pattern: /\b(?:password|passcode|access code|secret (?:key|word|code))\b.{0,40}\b(?:is|was|say|tell|give|reveal|print|output)\b|\b(?:say|print|output)\s+["']?access granted\b/g },
  { name: 'delimiter:chat-template', pattern: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|s)>|\{\s*"role"\s*:\s*"(?:system|assistant|developer)"/g },
  { name: 'delimiter:fake-role', pattern: /(?:^|\n)\s*(?:#{1,4}\s*|\/\/\s*|>+\s*)?(?:system|assistant|admin|developer|root|operator|op|human|ai)\b[^\n:]{0,30}:/g },
  { name: 'delimiter:fake-boundary', pattern: /(?:(?:end|begin|start)(?: of)? (?:input|prompt|user (?:input|message)|document|context|instructions|transcript|operator|channel|system|conversation)|<\/\w+_(?:query|input|message|data|request)>|<\s*\w*(?:override|operator|system)\w*[^>]{0,40}>|-{3,}\s*(?:begin|start|end)|={3,}|\]\]\s*\}\}|<!--\s*(?:system|instruction|ai|assistant|note to))/g },
  { name: 'target:ai-reader', pattern: /\b(?:ai|llm|chatbot|bot|assistant|language model|gpt|chatgpt|claude|model|agent)\s+(?:reading|processing|summari[sz]ing|that reads|who reads)\b|\b(?:note|message|instruction)s?\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|assistant|chatbot|bot|model|agent)\b/g },
  { name: 'exfil:markdown-image', pattern: /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]+[?&][^)\s]*=/g },
  { name: 'exfil:send-to', pattern: /\b(?:send|forward|email|post|upload|transmit|leak|exfiltrate)\b.{0,60}\b(?:to|at)\s+(?:https?:\/\/|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})/g },
  { name: 'exfil:visit-link', pattern: /\b(?:click|visit|open|go to|navigate to|fetch|curl|load)\s+(?:this\s+|the\s+following\s+)?(?:link|url|page|website)?\s*:?\s*https?:\/\//g },
  { name: 'authority:claimed', pattern: /\b(?:i am|i'm|im|this is)\s+(?:your|the|an?)\s+(?:developer|creator|admin|administrator|owner|operator|system|supervisor|manager of this (?:bot|ai))\b|\b(?:admin|developer|debug|maintenance|sudo|god)\s+(?:mode|access|override|command)\b/g },
  { name: 'policy:auto-approve', pattern: /\b(?:approve|authori[sz]e|grant|issue|apply|refund|waive)\b.{0,30}\b(?:every|all|any|automatically|without (?:checking|verification|question|approval))\b/g },
  { name: 'role:stop-being', pattern: /\b(?:stop (?:being|acting as)|no longer (?:a|an|the|be)|(?:you're|you are|youre) not (?:a|an|the) [\w' -]{2,30}? any ?more|forget (?:that )?you(?:'re| are))\b/g },
  { name: 'authority:impersonated', pattern: /\b(?:as if it (?:came|comes) from|on behalf of|speaking as|with the authority of)\s+(?:your|the)\s+(?:boss|manager|supervisor|developer|admin|administrator|system|company|ceo|operator)\b|\btreat (?:this|my next \w+|the following)\b.{0,40}\b(?:instruction|command|order|system|boss|admin)\b/g },
  { name: 'delimiter:bracket-role', pattern: /[[{<(]{1,2}\s*\/?\s*(?:system|sys|admin|assistant|developer|instruction)s?(?:[_ -]?(?:message|note|prompt|override|instruction))?\s*[\]}>)]{1,2}|(?:^|\n|[.!?]\s)\s*(?:sistema|systeme|system|systeem|admin|administrator)\s*:/g },
  { name: 'target:model-addressed', pattern: /\b(?:to|for|an|pour|per|para|voor|dear|hey|attention|note to)\s+(?:the\s+|den\s+|die\s+|l'|il\s+|la\s+|o\s+|de\s+|het\s+)?(?:\w+\s+)?(?:model|ai|assistant|assistenten|assistente|assistent|chatbot|bot|llm|agent|ia)\b|(?:^|[.!?"'\n:\/]\s*|\balso,?\s+)(?:assistant|chatbot|bot|ai|model)\s*[,:]/g },
  { name: 'permission:granted', pattern: /\b(?:you have|i give you|i grant you|you've got)\s+(?:my\s+|full\s+)?(?:permission|authori[sz]ation|clearance)\s+to\b|\b(?:you(?:'re| are)|youre)\s+(?:now\s+)?(?:allowed|permitted|authori[sz]ed|free)\s+to\s+(?:ignore|bypass|bend|break|skip|share|reveal|override)\b/g },
  { name: 'exfil:other-customers', pattern: /\b(?:other|previous|last|another|every|all|recent|\d+)\s+(?:customers?|users?|clients?|accounts?|refund recipients?|callers?|orders placed)\b.{0,60}\b(?:data|details|emails?|e-mail|phone|numbers?|address(?:es)?|names?|orders?|conversations?|ibans?|card)\b|\bcustomer (?:who|that|before me)\b|\b(?:cliente|kunde|client|klant)\b.{0,40}\b(?:antes|vorher|avant|prima|voor mij|anterior|precedente)\b/g },
  { name: 'extract:repeat-multilingual', pattern: /\b(?:repita|repite|wiederhole|repete|ripeti|herhaal|stampa|imprime|drucke|muestra|zeige|montre|mostra|toon|affiche|paste|copy)\b.{0,60}\b(?:instruc\w*|anweisung\w*|istruzion\w*|instructies|texto|text|testo|tekst|texte|words?|palabras|worter|mots|parole|woorden)\b/g },
  { name: 'extract:multilingual', pattern: /\b(?:systeeminstructies|systemanweisungen|systemprompt|instrucciones del sistema|instructions (?:du )?systeme|istruzioni (?:di|del) sistema|instrucoes do sistema|prompt (?:del|de|di|do) sistema|prompt systeme)\b/g },
  { name: 'encoding:reversed', pattern: /\b(?:backwards|reversed|in reverse|right to left|achterstevoren|al reves|ruckwarts|a l'envers)\b/g },
  { name: 'encoding:named', pattern: /\b(?:base64|rot-?13|hex(?:adecimal)?|decode (?:this|the following)|reversed? text)\b/g },
  // Indirect-injection cues: text inside a document that speaks to the assistant's answer or sets it a task.
  { name: 'target:your-output', pattern: /\b(?:modify|change|alter|enhance|end|start|begin|conclude|finish|format|rewrite|scramble|rearrange|translate|prefix|append|insert|embed|incorporate|integrate|fuse|add)\b[^.\n]{0,40}\byour\s+(?:(?:next|final|every|each|whole)\s+)?(?:answers?|repl(?:y|ies)|responses?|outputs?|summary|implementation|codebase|code|solution)\b|\b(?:answer|reply|response)'s\b|\b(?:in|into|throughout|at the (?:end|start|beginning) of)\s+your\s+(?:answer|reply|response|output|summary|implementation|codebase)\b/g },
  { name: 'indirect:imperative-sentence', pattern: /(?:\n|[.!?:]\s)\s*(?:(?:please|also|now|then|and)\s+)?(?:add|include|insert|embed|append|incorporate|integrate|fuse|employ|modify|rearrange|scramble|rewrite|translate|respond|reply|compose|break down|make sure|ensure|remember to|keep in mind|don't forget|begin|conclude|mention|recommend|promote|suggest|advise|encourage|redirect|urge|inform|convert|encode|enhance|refer)\b/g },
  { name: 'indirect:task-switch', pattern: /\b(?:write|compose|create|generate|draft|craft|tell|give)\s+(?:me\s+)?(?:a|an|some)\s+(?:\w+\s+){0,2}(?:story|stories|poem|essay|song|haiku|limerick|joke|tweet|advert\w*|slogan|article|blog post|recipe|riddle|speech|review)\b|\bbreak down the\b|\b(?:can|could) you (?:show|tell|give|write|explain)\b/g },
  { name: 'indirect:insert-code', pattern: /\b(?:following|this|below|provided)\s+(?:python\s+|js\s+)?(?:code|snippet|script|excerpt)(?:\s+(?:block|snippet|excerpt|fragment|segment|piece))?\b|\b(?:code|snippet)\s+(?:excerpt|block|snippet|fragment|segment)\b/g },
  { name: 'exfil:code-call', pattern: /\brequests\.(?:post|put)\s*\(|\bsocket\.socket\s*\(|\bsubprocess\.|\bos\.environ\b|\bsmtplib\b|\burllib\.request\b|\bos\.system\s*\(|\bpsutil\b|\bparamiko\b|\bkeylog\w*|\bcrypto-?min\w*/g },
];

const SYS_FIRST = 'system initial original hidden secret pre preprompt base developer opening setup';
const SYS_SECOND = ['prompt', 'instruction', 'instructions', 'message', 'rules', 'guidelines', 'configuration', 'text'];

/** Gates by rule name; see RuleGate. */
const GATES: Record<string, RuleGate> = {
  'override:ignore-instructions': { words: 'ignore disregard forget skip bypass override overrule drop abandon discard neglect aside throw' },
  'override:forget-everything': { words: 'forget ignore disregard' },
  'override:new-instructions': { words: 'instruction instructions task directive rules orders system order command anweisung orden ordre ordine ordem opdracht outrank outranks longer' },
  'override:instead': { words: 'instead' },
  'override:multilingual': { words: 'ignora ignore ignorez ignoriere ignorieren ignoreer ignorar olvida vergiss oublie oubliez oublier negeer dimentica esquece esqueca desconsidera' },
  'role:you-are-now': { words: 'you youre' },
  'role:from-now-on': { words: 'now point moment conversation jetzt sofort ahora maintenant agora poi nu' },
  'role:act-as': { words: 'act behave respond answer operate pretend role roleplay impersonate simulate' },
  'role:jailbreak-persona': { words: 'dan dude stan aim developer dev god modo entwicklermodus mode modalita ontwikkelaarsmodus jailbreak jailbroken unfiltered uncensored unrestricted evil anything' },
  'role:no-restrictions': { words: 'restriction restrictions limitations limits limite limites limiti limieten filters censorship rules guidelines ethics morals policies policy einschrankungen regeln restricciones reglas regles regole regras regels grenzen' },
  'extract:system-prompt': { words: `${SYS_FIRST} ${SYS_FIRST.split(' ').flatMap((a) => SYS_SECOND.map((b) => a + b)).join(' ')}` },
  'extract:reveal': { words: 'reveal repeat print output show display tell write dump leak recite list spell translate' },
  'extract:password': { words: 'password passcode access secret granted' },
  'delimiter:chat-template': { subs: ['<', '[', '{'] },
  'delimiter:fake-role': { words: 'system assistant admin developer root operator op human ai', needs: [':'] },
  'delimiter:fake-boundary': { words: 'end begin start', subs: ['<', '===', ']]', '---'] },
  'target:ai-reader': { words: 'ai llm chatbot bot assistant model gpt chatgpt claude agent' },
  'exfil:markdown-image': { subs: ['!['] },
  'exfil:send-to': { words: 'send forward email post upload transmit leak exfiltrate', needs: ['http', '@'] },
  'exfil:visit-link': { words: 'click visit open go navigate fetch curl load', needs: ['http'] },
  'authority:claimed': { words: 'developer creator admin administrator owner operator system supervisor manager mode access override command' },
  'policy:auto-approve': { words: 'approve authorise authorize grant issue apply refund waive' },
  'role:stop-being': { words: 'stop longer anymore more forget' },
  'authority:impersonated': { words: 'came comes behalf speaking authority treat' },
  'delimiter:bracket-role': { subs: ['sys', 'admin', 'assistant', 'developer', 'instruction', 'sistema'] },
  'target:model-addressed': { words: 'model ai assistant assistenten assistente assistent chatbot bot llm agent ia' },
  'permission:granted': { words: 'permission authorisation authorization clearance allowed permitted authorised authorized free' },
  'exfil:other-customers': { words: 'customer customers user users client clients account accounts recipient recipients caller callers orders cliente kunde klant' },
  'extract:repeat-multilingual': { words: 'repita repite wiederhole repete ripeti herhaal stampa imprime drucke muestra zeige montre mostra toon affiche paste copy' },
  'extract:multilingual': { words: 'systeeminstructies systemanweisungen systemprompt instrucciones instructions istruzioni instrucoes prompt' },
  'encoding:reversed': { words: 'backwards reversed reverse right achterstevoren reves ruckwarts envers' },
  'encoding:named': { words: 'base64 rot rot13 hex hexadecimal decode reverse reversed' },
  'target:your-output': { words: 'answer reply response your' },
  'indirect:imperative-sentence': { words: 'add include insert embed append incorporate integrate fuse employ modify rearrange scramble rewrite translate respond reply compose break make ensure remember keep don begin conclude mention recommend promote suggest advise encourage redirect urge inform convert encode enhance refer' },
  'indirect:task-switch': { words: 'write compose create generate draft craft tell give break can could' },
  'indirect:insert-code': { words: 'following this below provided code snippet' },
  'exfil:code-call': { subs: ['requests.', 'socket.', 'subprocess.', 'os.', 'smtplib', 'urllib', 'psutil', 'paramiko', 'keylog', 'crypto'] },
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function tokenHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
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

const active = new Uint8Array(INJECTION_RULES.length);
const NONE: Array<[number, number]> = [];

/** Rules whose gate lets them run on `text` (normalised): a flag per rule. */
export function gateRules(text: string): Uint8Array {
  active.fill(0);
  let h = FNV_OFFSET;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) { inWord = true; h = FNV_OFFSET; }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      const rules = BY_TOKEN.get(h >>> 0);
      if (rules) for (let k = 0; k < rules.length; k++) active[rules[k]] = 1;
    }
  }
  for (let r = 0; r < gates.length; r++) {
    const g = gates[r];
    if (!active[r] && g.subs) for (const s of g.subs) if (text.includes(s)) { active[r] = 1; break; }
    if (active[r] && g.needs && !g.needs.some((s) => text.includes(s))) active[r] = 0;
  }
  return active;
}

function runRule(r: number, text: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  const pattern = INJECTION_RULES[r].pattern;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) hits.push([m.index, m.index + m[0].length]);
  return hits;
}

/** Every rule's matches in `text` (normalised): rule number -> [start, end) pairs. */
export function matchRules(text: string): Array<Array<[number, number]>> {
  const on = gateRules(text);
  const out: Array<Array<[number, number]>> = new Array(INJECTION_RULES.length);
  for (let r = 0; r < INJECTION_RULES.length; r++) out[r] = on[r] ? runRule(r, text) : NONE;
  return out;
}

/** The same without gates: the reference the gated version must agree with. */
export function matchRulesUngated(text: string): Array<Array<[number, number]>> {
  return INJECTION_RULES.map((_, r) => runRule(r, text));
}
