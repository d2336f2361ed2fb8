import { performance } from "node:perf_hooks";

/** Times the stages of a build, for the benchmark and the progress line. (Reads the clock; never feeds the output.) */
export class StageClock {
  /**
   * Milliseconds per stage as measured, unrounded: a stage timed in many short pieces (the extraction, an article at a
   * time, a fraction of a millisecond each) adds up their fractions.
   */
  private readonly elapsed: Record<string, number> = {};

  /** Milliseconds per stage, rounded. */
  get stages(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.elapsed).map(([stage, milliseconds]) => [stage, Math.round(milliseconds)]));
  }

  /** `report` hears each stage as it starts and, for long stages, how far along it is. */
  constructor(private readonly report?: (stage: string, done?: number, total?: number) => void) {}

  /** Tells how far a long stage has got: « extraction 2 000 / 10 000 ». */
  tick(stage: string, done: number, total: number): void {
    this.report?.(stage, done, total);
  }

  /** Runs synchronous `work` and adds its duration, in milliseconds, to `stage`. */
  timeSync<T>(stage: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.elapsed[stage] = (this.elapsed[stage] ?? 0) + performance.now() - start;
    }
  }

  /** Runs `work` and adds its duration, in milliseconds, to `stage`. */
  async time<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
    this.report?.(stage);
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.elapsed[stage] = (this.elapsed[stage] ?? 0) + performance.now() - start;
    }
  }
}
