/** TempEval-3 style scores of system timexes against gold ones: spans (strict, relaxed), values and types. */
import type { Timex } from "../../types.ts";

export interface Counts {
  gold: number;
  system: number;
  /** Pairs with the same start and end. */
  strict: number;
  /** Pairs that overlap (each gold and each system timex used once). */
  relaxed: number;
  /** Relaxed pairs whose value is equal. */
  value: number;
  /** Relaxed pairs whose type is equal. */
  type: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/**
 * Counts matches between the gold and system timexes of one text, optionally for one type only (matched on the gold
 * type for gold timexes and the system type for system ones).
 * gold « 8 novembre » 2016-11-08, system « le 8 novembre » 2016-11-08 → strict 0, relaxed 1, value 1
 */
export function scoreTimexes(gold: Timex[], system: Timex[], onlyType?: string): Counts {
  const golds = onlyType ? gold.filter((timex) => timex.type === onlyType) : gold;
  const systems = onlyType ? system.filter((timex) => timex.type === onlyType) : system;
  const counts = emptyCounts();
  counts.gold = golds.length;
  counts.system = systems.length;
  counts.strict = golds.filter((g) => systems.some((s) => s.start === g.start && s.end === g.end)).length;
  const used = new Set<Timex>();
  for (const g of golds) {
    const overlapping = systems.filter((s) => !used.has(s) && s.start < g.end && g.start < s.end);
    if (overlapping.length === 0) continue;
    // Prefer the exact span, then the largest overlap.
    const overlap = (s: Timex) => Math.min(s.end, g.end) - Math.max(s.start, g.start);
    const best = overlapping.sort((a, b) => Number(b.start === g.start && b.end === g.end) - Number(a.start === g.start && a.end === g.end) || overlap(b) - overlap(a))[0];
    used.add(best);
    counts.relaxed += 1;
    if (best.value === g.value) counts.value += 1;
    if (best.type === g.type) counts.type += 1;
  }
  return counts;
}

/** Adds counts from several texts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type,
  };
}

/** Precision, recall and F1 of a number of matches; 0 where a denominator is 0. */
export function prf(matches: number, system: number, gold: number): Scores {
  const precision = system === 0 ? 0 : matches / system;
  const recall = gold === 0 ? 0 : matches / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
