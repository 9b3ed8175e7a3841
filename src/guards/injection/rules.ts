/**
 * Weighted rules over normalised text (lower case, confusables and diacritics folded). Each rule is one
 * input of the trained model, which learns its weight; its name is the reason reported when it fires.
 */
export interface InjectionRule {
  name: string;
  pattern: RegExp;
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
];

/** Every rule's matches in `text` (normalised): rule number -> [start, end) pairs. */
export function matchRules(text: string): Array<Array<[number, number]>> {
  return INJECTION_RULES.map((rule) => {
    const hits: Array<[number, number]> = [];
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) hits.push([m.index, m.index + m[0].length]);
    return hits;
  });
}
