import { CUE_RULES } from './cue-rules.js';
import { IntTable } from './int-table.js';

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
  /** or: the text holds a character outside ASCII */
  nonAscii?: boolean;
  /**
   * Every match starts where one of `words` starts (or, with `nonAscii`, at a non-ASCII character):
   * the pattern is then tried only there instead of scanning the whole text.
   */
  anchored?: boolean;
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
  // "dan" alone is a common word (Vietnamese "dẫn", a name): only where it names the persona
  { name: 'role:jailbreak-persona', pattern: /\b(?:(?<=\b(?:you are|you're|as|called|named|be|hi|hello|hey|now)\s+)dan\b|dan\s*(?:mode|:|,|which|stands|can|has)|dude|stan|aim|developer mode|dev mode|god mode|modo desarrollador|entwicklermodus|mode developpeur|modalita sviluppatore|ontwikkelaarsmodus|modo desenvolvedor|jailbreak|jailbroken|unfiltered|uncensored|unrestricted|evil confidant|do anything now)\b/g },
  { name: 'role:no-restrictions', pattern: /\b(?:without|no|free (?:of|from)|not bound by|ignore all|beyond|ohne|sin|sans|senza|sem|zonder)\s+(?:any\s+|jegliche\s+|ninguna?s?\s+|aucune?\s+)?(?:restrictions?|limitations|limits|limites?|limiti|limieten|filters|censorship|rules|guidelines|ethics|morals|policies|policy checks|einschrankungen|regeln|restricciones|reglas|regles|regole|regras|regels|grenzen)\b/g },
  { name: 'extract:system-prompt', pattern: /\b(?:system|initial|original|hidden|secret|pre-?prompt|base|developer|opening|setup)[\s_-]*(?:prompt|instructions?|message|rules|guidelines|configuration|text)\b/g },
  // "the" alone does not make a hidden text ("tell me the carry-on rules"): only with a prompt, password or secret
  { name: 'extract:reveal', pattern: /\b(?:reveal|repeat|print|output|show|display|tell me|write out|dump|leak|recite|list|spell out|translate)\b.{0,40}\b(?:(?:your|all|above|previous|prior|initial|hidden|secret)\b.{0,30}\b(?:instructions?|prompt|rules|guidelines|password|secret|text above|words above|context|configuration)|the\b.{0,30}\b(?:prompt|password|secret|text above|words above|configuration))\b/g },
  { name: 'extract:password', pattern: /\b(?:password|passcode|access code|secret (?:key|word|code))\b.{0,40}\b(?:is|was|say|tell|give|reveal|print|output)\b|\b(?:say|print|output)\s+["']?access granted\b/g },
  { name: 'delimiter:chat-template', pattern: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|s)>|\{\s*"role"\s*:\s*"(?:system|assistant|developer)"/g },
  { name: 'delimiter:fake-role', pattern: /(?:^|\n)\s*(?:#{1,4}\s*|\/\/\s*|>+\s*)?(?:system|assistant|admin|developer|root|operator|op|human|ai)\b[^\n:]{0,30}:/g },
  { name: 'delimiter:fake-boundary', pattern: /(?:(?:end|begin|start)(?: of)? (?:input|prompt|user (?:input|message)|document|context|instructions|transcript|operator|channel|system|conversation)|<\/\w+_(?:query|input|message|data|request)>|<\s*\w*(?:override|operator|system)\w*[^>]{0,40}>|-{3,}\s*(?:begin|start|end)|={3,}|\]\]\s*\}\}|<!--\s*(?:system|instruction|ai|assistant|note to))/g },
  { name: 'target:ai-reader', pattern: /\b(?:ai|llm|chatbot|bot|assistant|language model|gpt|chatgpt|claude|model|agent)\s+(?:reading|processing|summari[sz]ing|that reads|who reads)\b|\b(?:note|message|instruction)s?\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|assistant|chatbot|bot|model|agent)\b/g },
  { name: 'exfil:markdown-image', pattern: /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]+[?&][^)\s]*=/g },
  // normalisation folds '@' to 'a', so an address reads as a dotted host name
  { name: 'exfil:send-to', pattern: /\b(?:send|forward|email|e-mail|mail|post|upload|transmit|leak|exfiltrate|share|cc|bcc)\b.{0,60}\b(?:to|at)\s+(?:https?:\/\/|www\.|[a-z0-9][a-z0-9._%+-]*\.[a-z]{2,}\b)/g },
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
  // leetspeak folding turns "rot13" into "rotie"
  { name: 'encoding:named', pattern: /\b(?:base64|rot-?(?:13|ie)|hex(?:adecimal)?|decode (?:this|the following)|reversed? text)\b/g },
  // Indirect-injection cues: text inside a document that speaks to the assistant's answer or sets it a task.
  { name: 'target:your-output', pattern: /\b(?:modify|change|alter|enhance|augment|end|start|begin|conclude|finish|format|rewrite|scramble|rearrange|jumble|shuffle|reverse|replace|swap|substitute|encode|encrypt|spell|capitali[sz]e|translate|prefix|append|insert|embed|incorporate|integrate|fuse|add|provide|give|deliver|present|render|express|phrase|write|compose|structure)\b[^.\n]{0,40}\byour\s+(?:(?:next|final|every|each|whole|entire)\s+)?(?:answers?|repl(?:y|ies)|responses?|outputs?|summary|implementation|codebase|code|solution|message)\b|\b(?:answer|reply|response)'s\b|\b(?:in|into|throughout|at the (?:end|start|beginning) of)\s+your\s+(?:answer|reply|response|output|summary|implementation|codebase)\b/g },
  { name: 'indirect:imperative-sentence', pattern: /(?:\n|[.!?:]\s)\s*(?:(?:please|also|now|then|and)\s+)?(?:add|include|insert|embed|append|incorporate|integrate|fuse|employ|modify|rearrange|scramble|rewrite|translate|respond|reply|compose|break down|make sure|ensure|remember to|keep in mind|don't forget|begin|conclude|mention|recommend|promote|suggest|advise|encourage|redirect|urge|inform|convert|encode|enhance|refer)\b/g },
  { name: 'indirect:task-switch', pattern: /\b(?:write|compose|create|generate|draft|craft|tell|give)\s+(?:me\s+)?(?:a|an|some)\s+(?:\w+\s+){0,2}(?:story|stories|poem|essay|song|haiku|limerick|joke|tweet|advert\w*|slogan|article|blog post|recipe|riddle|speech|review)\b|\bbreak down the\b|\b(?:can|could) you (?:show|tell|give|write|explain)\b/g },
  { name: 'indirect:insert-code', pattern: /\b(?:following|this|below|provided)\s+(?:python\s+|js\s+)?(?:code|snippet|script|excerpt)(?:\s+(?:block|snippet|excerpt|fragment|segment|piece))?\b|\b(?:code|snippet)\s+(?:excerpt|block|snippet|fragment|segment)\b/g },
  { name: 'exfil:code-call', pattern: /\brequests\.(?:post|put)\s*\(|\bsocket\.socket\s*\(|\bsubprocess\.|\bos\.environ\b|\bsmtplib\b|\burllib\.request\b|\bos\.system\s*\(|\bpsutil\b|\bparamiko\b|\bkeylog\w*|\bcrypto-?min\w*/g },
  // Intent without the trigger words: a task or question set on its own line of a document (BIPIA-style
  // injected tasks), output-format hijacks, "decode this and do it", references to the hidden setup, and
  // talk that voids the assistant's constraints.
  { name: 'indirect:line-task', pattern: /\n[ \t]*(?:[-*>|#]+[ \t]*)?(?:what(?:'s| is| are| was)|who (?:wrote|is|was|invented|painted|discovered)|how (?:do|does|can|to|did)|explain|describe|provide|develop|compose|write|give|list|translate|summari[sz]e|create|generate|break down|can you|could you|was ist|wer (?:hat|war|ist)|erklare|beschreibe|schreibe|qu'est-ce|qui a|explique|decris|ecris|(?:cual|que|quien) es|explica|describe|escribe|qual (?:e|é)|spiega|descrivi|scrivi|leg uit|beschrijf|schrijf)\b/g },
  { name: 'target:output-format', pattern: /\b(?:misspell(?:ed|ings?|t)?|anagram(?:s|med)?|emojis?|pig latin|morse code|leetspeak|leet speak|(?:alphanumeric|letter|character|vowel) substitution|caesar cipher|substitution cipher|binary code|all caps|all capital letters|uppercase letters|backwards order|reverse(?:d)? order)\b/g },
  { name: 'encoding:decode-and-follow', pattern: /\b(?:decode|decoded|decrypt|decipher|unscramble|reverse|reversed|rot-?(?:13|ie)|base-?64|hex|backwards|decodifica|descifra|dekodiere|entschlussele|decodez|decode-le|decodifique|decodeer)\b[^\n]{0,60}?(?:\b(?:follow|comply|obey|execute|carry (?:it )?out|act on|do (?:it|that|this|what it says|as it says|the same)|then do|and do|sigue|obedece|cumple|hazlo|befolge|fuhre|suis|execute|applique|fais-le|segui|esegui|siga|cumpra|faca|volg|voer)\b|\s\+\s*follow)/g },
  { name: 'extract:setup-reference', pattern: /\bcontext window\b|\byour (?:setup|set-up|configuration|config|handbook|system message|preamble|pre-?prompt|backstory|meta-?prompt|initial (?:text|message)|starting instructions|operating instructions|internal notes)\b|\b(?:text|words|everything|lines?|content)\b[^.?!\n]{0,30}\b(?:before|above|preceding|prior to)\s+["']?(?:this (?:message|conversation|chat|line)|the (?:conversation|chat|first message)|(?:customer|user|human)\s*:|my (?:first )?message|we started)|\bwhat (?:your (?:company|employer|developers?|creators?|operator|owner|boss)|the (?:company|operator|developers?)) (?:wrote|told|gave|said|programmed|configured|instructed)\b|\bs?system_?prompt\b/g },
  { name: 'override:void-constraints', pattern: /\b(?:limits?|rules?|restrictions?|leash|handbook|polic(?:y|ies)|caps?|guidelines|script|instructions|training|programming)\s+(?:that\s+)?(?:they|your (?:company|employer|boss|developers?|creators?|operators?|owners?)|the (?:company|operator|developers?|business)|someone|somebody|head office|corporate)\s+(?:put|placed|gave|set|wrote|imposed|programmed|configured|installed)\b|\b(?:put|placed|imposed)\s+(?:a\s+|the\s+)?(?:leash|limits?|restrictions?|rules|muzzle|shackles|filters?)\s+on\s+you\b|\bonly what i (?:type|say|write|tell you) (?:matters|counts)\b|\b(?:not|isn't|isnt|aren't) in your (?:handbook|rules|script|policy|guidelines|instructions|training)\b|\byour (?:rules|limits?|caps?|polic(?:y|ies)|instructions|guidelines|restrictions|handbook|script|programming)\b[^.?!\n]{0,30}\b(?:is|are|were|have been|has been)\s+(?:outdated|out of date|obsolete|void|suspended|cancell?ed|lifted|removed|disabled|switched off|turned off|no longer valid|overridden|replaced)\b|\b(?:cap|limit|rule|policy|instructions?)s? you were given\b|\b(?:whatever|everything|anything)\s+(?:your (?:company|employer|boss|developers?|creators?|operators?)|the (?:company|operator))\s+(?:wrote|told|gave|said|set)\b/g },
  ...CUE_RULES.map(({ name, pattern }) => ({ name, pattern })),
];

const SYS_FIRST = 'system initial original hidden secret pre preprompt base developer opening setup';
const SYS_SECOND = ['prompt', 'instruction', 'instructions', 'message', 'rules', 'guidelines', 'configuration', 'text'];

/** Gates by rule name; see RuleGate. */
const GATES: Record<string, RuleGate> = {
  'override:ignore-instructions': { words: 'ignore disregard forget skip bypass override overrule drop abandon discard neglect set throw', anchored: true },
  'override:forget-everything': { words: 'forget ignore disregard', anchored: true },
  'override:new-instructions': { words: 'new updated real actual true revised additional secret hidden important this das esto c questo isto dit outrank outranks no', anchored: true },
  'override:instead': { words: 'instead', anchored: true },
  'override:multilingual': { words: 'ignora ignore ignorez ignoriere ignorieren ignoreer ignorar olvida vergiss oublie oubliez oublier negeer dimentica esquece esqueca desconsidera', anchored: true },
  'role:you-are-now': { words: 'you youre', anchored: true },
  'role:from-now-on': { words: 'from starting for ab a d vanaf', anchored: true },
  'role:act-as': { words: 'act behave respond answer operate pretend role roleplay impersonate simulate', anchored: true },
  'role:jailbreak-persona': { words: 'dan dude stan aim developer dev god modo entwicklermodus mode modalita ontwikkelaarsmodus jailbreak jailbroken unfiltered uncensored unrestricted evil do', anchored: true },
  'role:no-restrictions': { words: 'without no free not ignore beyond ohne sin sans senza sem zonder', anchored: true },
  'extract:system-prompt': { words: `${SYS_FIRST} ${SYS_FIRST.split(' ').flatMap((a) => SYS_SECOND.map((b) => a + b)).join(' ')}`, anchored: true },
  'extract:reveal': { words: 'reveal repeat print output show display tell write dump leak recite list spell translate', anchored: true },
  'extract:password': { words: 'password passcode access secret say print output', anchored: true },
  'delimiter:chat-template': { subs: ['<', '[', '{'] },
  'delimiter:fake-role': { words: 'system assistant admin developer root operator op human ai', needs: [':'] },
  'delimiter:fake-boundary': { words: 'end begin start', subs: ['<', '===', ']]', '---'] },
  'target:ai-reader': { words: 'ai llm chatbot bot assistant language gpt chatgpt claude model agent note notes message messages instruction instructions', anchored: true },
  'exfil:markdown-image': { subs: ['!['] },
  'exfil:send-to': { words: 'send forward email e mail post upload transmit leak exfiltrate share cc bcc', needs: ['http', '.'], anchored: true },
  'exfil:visit-link': { words: 'click visit open go navigate fetch curl load', needs: ['http'], anchored: true },
  'authority:claimed': { words: 'i im this admin developer debug maintenance sudo god', anchored: true },
  'policy:auto-approve': { words: 'approve authorise authorize grant issue apply refund waive', anchored: true },
  'role:stop-being': { words: 'stop no you youre forget', anchored: true },
  'authority:impersonated': { words: 'as on speaking with treat', anchored: true },
  'delimiter:bracket-role': { subs: ['sys', 'admin', 'assistant', 'developer', 'instruction', 'sistema'] },
  'target:model-addressed': { words: 'model ai assistant assistenten assistente assistent chatbot bot llm agent ia' },
  'permission:granted': { words: 'you i youre', anchored: true },
  'exfil:other-customers': { words: 'customer customers user users client clients account accounts recipient recipients caller callers orders cliente kunde klant' },
  'extract:repeat-multilingual': { words: 'repita repite wiederhole repete ripeti herhaal stampa imprime drucke muestra zeige montre mostra toon affiche paste copy', anchored: true },
  'extract:multilingual': { words: 'systeeminstructies systemanweisungen systemprompt instrucciones instructions istruzioni instrucoes prompt', anchored: true },
  'encoding:reversed': { words: 'backwards reversed in right achterstevoren al ruckwarts a', anchored: true },
  'encoding:named': { words: 'base64 rot rot13 rotie hex hexadecimal decode reverse reversed', anchored: true },
  'target:your-output': { words: 'modify change alter enhance augment end start begin conclude finish format rewrite scramble rearrange jumble shuffle reverse replace swap substitute encode encrypt spell capitalise capitalize translate prefix append insert embed incorporate integrate fuse add provide give deliver present render express phrase write compose structure answer reply response in into throughout at', anchored: true },
  'indirect:imperative-sentence': { words: 'add include insert embed append incorporate integrate fuse employ modify rearrange scramble rewrite translate respond reply compose break make ensure remember keep don begin conclude mention recommend promote suggest advise encourage redirect urge inform convert encode enhance refer' },
  'indirect:task-switch': { words: 'write compose create generate draft craft tell give break can could', anchored: true },
  'indirect:insert-code': { words: 'following this below provided code snippet', anchored: true },
  'exfil:code-call': { subs: ['requests.', 'socket.', 'subprocess.', 'os.', 'smtplib', 'urllib', 'psutil', 'paramiko', 'keylog', 'crypto'] },
  'indirect:line-task': { words: "what who how explain describe provide develop compose write give list translate summarise summarize create generate break can could was wer erklare beschreibe schreibe qu qui explique decris ecris cual que quien explica escribe qual spiega descrivi scrivi leg beschrijf schrijf", needs: ['\n'] },
  'target:output-format': { words: 'misspell misspelled misspelling misspellings misspelt anagram anagrams anagrammed emoji emojis pig morse leetspeak leet alphanumeric letter character vowel caesar substitution binary all uppercase backwards reverse reversed', anchored: true },
  'encoding:decode-and-follow': { words: 'decode decoded decrypt decipher unscramble reverse reversed rot rot13 rotie base base64 hex backwards decodifica descifra dekodiere entschlussele decodez decodifique decodeer', anchored: true },
  'extract:setup-reference': { words: 'context your text words everything line lines content what system ssystem systemprompt ssystemprompt', anchored: true },
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
