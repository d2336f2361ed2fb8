/** Shared harness for the sentence corpora of tests/extract/events-*.test.ts (not a test file itself). */
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import type { Knowledge } from "../../src/extract/extract-events.ts";
import { extractTextEvents } from "../../src/extract/extract-text-events.ts";
import type { EventRecord } from "../../src/types.ts";

/** One expected record. `source`/`target` are checked when given (null: no actor in that role). */
export interface Expected {
  type: string;
  /** "2016-12-30", "2016-12" or "2016"; the precision follows from its length. */
  date: string;
  source?: string | null;
  target?: string | null;
  approximate?: boolean;
  planned?: boolean;
}

/** A French text (one sentence, or a short account), its publication date and every record it must give. */
export type Case = [text: string, published: string, expected: Expected[], todo?: string];

let knowledge: Knowledge;

/** Loads the registry and the taxonomy once per test file. */
export function loadKnowledge(): void {
  before(async () => {
    knowledge = { registry: await loadActorRegistry("src/data/actors"), types: await loadEventTypes("src/data/event-types") };
  });
}

function precisionOf(date: string): string {
  return date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
}

function view(record: EventRecord, expected?: Expected) {
  return {
    type: record.type,
    date: record.date,
    precision: record.precision,
    approximate: record.approximate,
    planned: record.planned,
    ...(expected && "source" in expected ? { source: record.sourceActor?.id ?? null } : {}),
    ...(expected && "target" in expected ? { target: record.targetActor?.id ?? null } : {}),
  };
}

/** The records of a text, compared with the expected ones in text order. */
export function checkCase([text, published, expected]: Case): void {
  const records = extractTextEvents(text, published, knowledge);
  const got = records.map((record, index) => view(record, expected[index]));
  const want = expected.map((entry) => ({
    type: entry.type,
    date: entry.date,
    precision: precisionOf(entry.date),
    approximate: entry.approximate ?? false,
    planned: entry.planned ?? false,
    ...("source" in entry ? { source: entry.source } : {}),
    ...("target" in entry ? { target: entry.target } : {}),
  }));
  assert.deepEqual(got, want, `« ${text} » (publié le ${published})`);
}

/** One test per case, named by what it shows and its text. */
export function runCases(topic: string, cases: Case[]): void {
  for (const item of cases) {
    const name = `${topic}: « ${item[0].length > 90 ? `${item[0].slice(0, 89)}…` : item[0]} »`;
    // A case the extraction does not get right yet stays visible as a todo, with the reason.
    test(name, item[3] ? { todo: item[3] } : {}, () => checkCase(item));
  }
}
