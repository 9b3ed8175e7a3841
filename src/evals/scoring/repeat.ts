/** Outcome of one case over `--repeat N` runs. */
export interface RepeatSummary {
  runs: number;
  passes: number;
  passRate: number;
  meanScore: number;
  /** Standard deviation of the quality score across runs. */
  scoreStdDev: number;
  minScore: number;
  maxScore: number;
  /** At least `minPass` of the runs passed. */
  pass: boolean;
}

/** Folds runs one at a time (Welford), so repeats need no list of scores in memory. */
export class RepeatAccumulator {
  private runs = 0;
  private passes = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;

  add(score: number, pass: boolean): void {
    this.runs++;
    if (pass) this.passes++;
    const delta = score - this.mean;
    this.mean += delta / this.runs;
    this.m2 += delta * (score - this.mean);
    this.min = Math.min(this.min, score);
    this.max = Math.max(this.max, score);
  }

  summary(minPass: number): RepeatSummary {
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return {
      runs: this.runs,
      passes: this.passes,
      passRate: this.runs ? round(this.passes / this.runs) : 0,
      meanScore: round(this.mean),
      scoreStdDev: this.runs > 1 ? round(Math.sqrt(this.m2 / (this.runs - 1))) : 0,
      minScore: this.runs ? this.min : 0,
      maxScore: this.runs ? this.max : 0,
      pass: this.passes >= minPass,
    };
  }
}
