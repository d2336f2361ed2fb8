import assert from "node:assert/strict";
import { test } from "node:test";
import { loadActorRegistry } from "../../src/extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "../../src/extract/event-types/load-event-types.ts";
import { extractEvents } from "../../src/extract/extract-events.ts";
import { readAnnotated } from "../../src/extract/read-annotated.ts";
import { scoreEvents } from "../../src/extract/score-events.ts";

/** Floors a few points under the figures in the README: a change that loses ground on the annotated articles fails. */
const FLOORS = { events: 0.85, dates: 0.85, types: 0.9, actors: 0.85, roles: 0.87 };

test("the extraction stays above its floors on the annotated articles (npm run eval)", async () => {
  const [annotated, registry, types] = await Promise.all([
    readAnnotated("tests/fixtures/annotated"), loadActorRegistry("src/data/actors"), loadEventTypes("src/data/event-types"),
  ]);
  assert.ok(annotated.length >= 8);
  const scores = scoreEvents(annotated.map(({ article, gold }) => ({ gold, found: extractEvents(article, { registry, types }).events })));
  for (const [name, floor] of Object.entries(FLOORS)) {
    const score = scores[name as keyof typeof FLOORS];
    assert.ok(score.f1 >= floor, `${name}: F1 ${score.f1.toFixed(3)} < ${floor} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`);
  }
});

test("the scorer pairs each annotated event with one record and counts misses and inventions", () => {
  const record = (type: string, date: string, actors: string[]) => ({
    id: type, date, precision: "day" as const, approximate: false, planned: false, title: "", type, typeLabel: "", cameo: "", goldstein: 0,
    actors: actors.map((id) => ({ id, name: id })), sourceActor: actors[0] ? { id: actors[0], name: actors[0] } : undefined, sources: [],
  });
  const scores = scoreEvents([{
    gold: [{ type: "rejet", date: "2021-04-18", actors: ["kremlin"], source: "kremlin" }, { type: "visite", date: "2021-05-05", actors: ["heiko-maas"] }],
    found: [record("rejet", "2021-04-18", ["kremlin"]), record("critique", "2021-04-19", ["allemagne"])],
  }]);
  assert.deepEqual([scores.events.correct, scores.events.found, scores.events.expected], [1, 2, 2]);
  assert.equal(scores.events.f1, 0.5);
  assert.deepEqual([scores.actors.correct, scores.actors.found, scores.actors.expected], [1, 2, 2]);
  assert.equal(scores.roles.correct, 1);
});
