/** A phrase pattern that is evidence for a tone, with how much it counts. */
export interface ToneCue {
  pattern: RegExp;
  weight: number;
}

const cue = (pattern: RegExp, weight: number): ToneCue => ({ pattern, weight });

// Patterns run on lower-cased text with curly apostrophes straightened.
// Weights: 1.2 a phrase that on its own nearly settles the tone, 0.8 a clear sign, 0.4 a hint.
export const CUES = {
  helpful: [
    cue(/\b(here'?s|here is) (how|what)\b/, 1.0),
    cue(/\b(follow|try) (these|the following|this) steps?\b/, 1.2),
    cue(/\bsteps?\b/, 0.5),
    cue(/(^|\n)\s*(\d+[.)]|[-*•])\s+\w/, 0.8),
    cue(/\b(you can|you may|you could)\b/, 0.6),
    cue(/\b(i|we)(?: will|'ll| can| would be happy to| am happy to|'m happy to| are happy to) (help|check|look|send|resend|arrange|process|reset|update|walk|guide|assist|escalate|connect|track|issue)\b/, 1.0),
    cue(/\b(let me|allow me to) (help|check|look|walk|explain|show)\b/, 1.0),
    cue(/(^|[.!?:]\s+)(try|go to|open|click|tap|select|check|visit|restart|clear|update|enter|reply)\b/, 0.6),
    cue(/\b(right away|as soon as possible|immediately|today)\b/, 0.4),
    cue(/\b(please )?(try|click|go to|open|select|check|use|visit|reply|contact)\b/, 0.3),
    cue(/\b(link|tracking|reset|instructions?|guide|option|solution|resolve|fix)\b/, 0.3),
    cue(/\blet (me|us) know if\b/, 0.6),
    cue(/\b(happy|glad) to help\b/, 0.8),
  ],
  professional: [
    cue(/\bthank you for\b/, 0.6),
    cue(/\bplease\b/, 0.3),
    cue(/\b(our|the) (team|policy|process|department|records|specialists?)\b/, 0.4),
    cue(/\bwithin \d+(-\d+)? (business |working )?(days|hours)\b/, 0.5),
    cue(/\b(best regards|kind regards|sincerely|respectfully)\b/, 0.6),
    cue(/\b(we will|i will)\b/, 0.3),
    cue(/\b(refund|order|account|request|ticket|case) (number|id|#)\b/, 0.3),
  ],
  empathetic: [
    cue(/\bi (completely |totally |fully )?understand\b/, 1.0),
    cue(/\bi can (only )?imagine\b/, 1.0),
    cue(/\b(sorry|sad) to hear\b/, 1.0),
    cue(/\bthat (must|sounds|would) (be|have been) (really |very |so |incredibly )?(frustrating|stressful|difficult|upsetting|hard|disappointing|annoying|inconvenient)\b/, 1.4),
    cue(/\bfrustrat(ing|ed|ion)\b/, 0.6),
    cue(/\b(i|we) (hear|see) (you|how|that|why)\b/, 0.8),
    cue(/\b(understandabl[ey]|it makes sense that|you have every right|your (frustration|concern|feelings?) (is|are) (completely |totally )?(valid|understandable))\b/, 1.0),
    cue(/\b(thank you|thanks) for (your patience|bearing with|letting us know|sharing|telling)\b/, 0.5),
    cue(/\bi know (this|how|it)\b/, 0.6),
    cue(/\b(disappoint|upset|stress|worr)(ing|ed|ful|y)?\b/, 0.4),
    cue(/\byou('re| are) not alone\b/, 0.8),
  ],
  apologetic: [
    cue(/\b(i|we) (sincerely |truly |deeply |do )?apologi[sz]e\b/, 1.6),
    cue(/\b(my|our) (sincere |deepest )?apologies\b/, 1.6),
    cue(/\b(i'm|i am|we're|we are) (so |very |really |truly |terribly )?sorry (for|about|that)\b/, 1.3),
    cue(/\bsorry\b/, 0.6),
    cue(/\b(our|my) (mistake|fault|error|bad)\b/, 1.0),
    cue(/\b(we|i) (made a mistake|messed up|dropped the ball|got this wrong|should have)\b/, 1.0),
    cue(/\b(regret|regrettabl[ey])\b/, 0.8),
    cue(/\bplease accept\b/, 0.5),
  ],
  blaming: [
    cue(/\byou (should|could|would) have\b/, 1.2),
    cue(/\b(your|ur) (own )?fault\b/, 1.5),
    cue(/\byou (failed|neglected|forgot|refused) to\b/, 1.2),
    cue(/\byou (didn't|did not|never|obviously|clearly|must have|ignored|misread|entered the wrong)\b/, 1.0),
    cue(/\bas (we|i) (already |clearly |previously )?(said|told you|stated|explained|mentioned)\b/, 1.0),
    cue(/\bif you had\b/, 0.9),
    cue(/\b(not|isn't|is not) (our|my) (problem|fault|responsibility)\b/, 1.5),
    cue(/\buser error\b/, 1.2),
    cue(/\b(obviously|clearly|simply)\b/, 0.3),
    cue(/\byou need to (read|pay attention|learn|follow the instructions)\b/, 1.0),
    cue(/\bthat'?s on you\b/, 1.3),
    cue(/\bnext time,? (read|check|make sure)\b/, 0.9),
    cue(/\bwhy (would|did|didn't|did not) you\b/, 0.8),
  ],
  formal: [
    cue(/\b(dear|to whom it may concern)\b/, 0.8),
    cue(/\b(kindly|hereby|herewith|pursuant|aforementioned|henceforth|whereby|thereof)\b/, 0.8),
    cue(/\b(furthermore|moreover|therefore|consequently|accordingly|nevertheless|additionally)\b/, 0.6),
    cue(/\b(regarding|with regard to|in reference to|concerning|according to|in accordance with)\b/, 0.5),
    cue(/\b(has|have|will) been \w+ed\b|\bwill be \w+ed\b/, 0.5),
    cue(/\b(we would like to|we wish to|please be advised|please note that|we are pleased to|do not hesitate)\b/, 0.7),
    cue(/\b(sincerely|respectfully|yours faithfully|kind regards)\b/, 0.6),
    cue(/\b(inform|assist|require|request|ensure|provide|obtain|receive)\w*\b/, 0.2),
  ],
} satisfies Record<string, ToneCue[]>;

/** Signs of an informal or rude register; they lower professional and formal. */
export const SLANG = /\b(gonna|wanna|gotta|lol|lmao|omg|dude|bro|yeah|yep|nope|ugh|meh|whatever|kinda|sorta|ya|u|ur|thx|pls|btw|idk|chill|no worries|awesome|cool)\b/g;
export const CONTRACTION = /\b[a-z]+'(t|s|re|ve|ll|d|m)\b/g;
export const RUDE = /\b(stupid|idiot|dumb|ridiculous|pathetic|useless|shut up|deal with it|not my problem|whatever)\b/g;
