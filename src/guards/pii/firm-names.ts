import type { PiiEntity } from './types.js';

// The last word of a job title (the kinds that business-card generators and people write).
const JOB = '(?:Supervisor|Associate|Executive|Liaison|Officer|Manager|Engineer|Specialist|Director|Coordinator|Administrator|Architect|Analyst|Designer|Planner|Orchestrator|Technician|Developer|Producer|Consultant|Assistant|Facilitator|Agent|Representative|Strategist|Buyer|Lead|Head|President|Founder|Owner|Partner|Accountant|Advisor|Adviser|Recruiter|Editor|CEO|CTO|CFO|COO|VP)';
// A signature's title line, "Senior Buyer, Graham - Huels" or "Head of Sales, Torp, Ortiz and Renner": what
// follows the title's comma on that line is the employer, however much it reads like surnames.
const TITLE_THEN_FIRM = new RegExp(`(?:^|\\n)[ \\t]*(?:\\p{Lu}[\\p{L}&/-]*[ \\t]+){0,4}${JOB}(?:[ \\t]+(?:of|for)(?:[ \\t]+\\p{Lu}[\\p{L}&-]*){1,3})?[ \\t]*,[ \\t]*[^\\n]*\\S`, 'gu');

/** Drops the persons found from `first` on that lie inside a signature's title line: the title and the employer. */
export function dropPersonsInFirmNames(text: string, out: PiiEntity[], first: number): void {
  if (out.length === first || text.indexOf(',') < 0) return;
  const firms: Array<[number, number]> = [];
  // The title's own words too ("Head of Sales").
  for (const m of text.matchAll(TITLE_THEN_FIRM)) firms.push([m.index, m.index + m[0].length]);
  if (firms.length === 0) return;
  let kept = first;
  for (let k = first; k < out.length; k++) {
    const e = out[k];
    if (!firms.some(([start, end]) => start <= e.start && e.end <= end)) out[kept++] = e;
  }
  out.length = kept;
}
