import type { EventRecord } from "../types.ts";

/** One hand-annotated event of an article. */
export interface GoldEvent {
  type: string;
  /** At its precision: "2021-04-19", "2021-04" or "2021". */
  date: string;
  actors: string[];
  source?: string;
  target?: string;
  planned?: boolean;
  approximate?: boolean;
}

export interface Score {
  correct: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScores {
  /** Type and date (at its precision) both right. */
  events: Score;
  /** Date and precision of aligned records. */
  dates: Score;
  /** Type of aligned records. */
  types: Score;
  /** Actor ids of aligned records, as set overlap. */
  actors: Score;
  /** Source and target of aligned records, where the annotation names them. */
  roles: Score;
}

/**
 * Scores found records against annotated ones, article by article. Each annotated event is paired with at most one
 * found record (the best: same type, same date, most shared actors; a pair needs the same type, or the same date and a
 * shared actor). Precision counts over every found record, recall over every annotated one, so a missed or an
 * invented event costs in every measure.
 *
 * [{ gold: [{ type: "rejet", date: "2021-04-18", actors: ["kremlin"] }], found: [rejet 2021-04-18 Kremlin] }]
 * → every score 1.0.
 */
export function scoreEvents(articles: { gold: GoldEvent[]; found: EventRecord[] }[]): EventScores {
  const tally = () => ({ correct: 0, found: 0, expected: 0 });
  const counts = { events: tally(), dates: tally(), types: tally(), actors: tally(), roles: tally() };
  for (const { gold, found } of articles) {
    for (const key of ["events", "dates", "types"] as const) {
      counts[key].found += found.length;
      counts[key].expected += gold.length;
    }
    counts.actors.found += found.reduce((sum, record) => sum + record.actors.length, 0);
    counts.actors.expected += gold.reduce((sum, event) => sum + event.actors.length, 0);
    counts.roles.found += found.reduce((sum, record) => sum + (record.sourceActor ? 1 : 0) + (record.targetActor ? 1 : 0), 0);
    counts.roles.expected += gold.reduce((sum, event) => sum + (event.source ? 1 : 0) + (event.target ? 1 : 0), 0);
    for (const [event, record] of align(gold, found)) {
      const sameType = event.type === record.type;
      const sameDate = event.date === record.date;
      if (sameType && sameDate) counts.events.correct++;
      if (sameDate) counts.dates.correct++;
      if (sameType) counts.types.correct++;
      counts.actors.correct += shared(event, record);
      if (event.source && event.source === record.sourceActor?.id) counts.roles.correct++;
      if (event.target && event.target === record.targetActor?.id) counts.roles.correct++;
    }
  }
  return {
    events: score(counts.events), dates: score(counts.dates), types: score(counts.types), actors: score(counts.actors), roles: score(counts.roles),
  };
}

function shared(event: GoldEvent, record: EventRecord): number {
  const ids = new Set(record.actors.map((actor) => actor.id));
  return event.actors.filter((id) => ids.has(id)).length;
}

function align(gold: GoldEvent[], found: EventRecord[]): [GoldEvent, EventRecord][] {
  const candidates: { event: GoldEvent; record: EventRecord; weight: number }[] = [];
  for (const event of gold) {
    for (const record of found) {
      const sameType = event.type === record.type;
      const sameDate = event.date === record.date;
      const common = shared(event, record);
      if (!sameType && !(sameDate && common > 0)) continue;
      candidates.push({ event, record, weight: (sameType ? 4 : 0) + (sameDate ? 2 : 0) + common });
    }
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const pairs: [GoldEvent, EventRecord][] = [];
  const usedGold = new Set<GoldEvent>();
  const usedFound = new Set<EventRecord>();
  for (const { event, record } of candidates) {
    if (usedGold.has(event) || usedFound.has(record)) continue;
    usedGold.add(event);
    usedFound.add(record);
    pairs.push([event, record]);
  }
  return pairs;
}

function score({ correct, found, expected }: { correct: number; found: number; expected: number }): Score {
  const precision = found === 0 ? 0 : correct / found;
  const recall = expected === 0 ? 0 : correct / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, found, expected, precision, recall, f1 };
}
