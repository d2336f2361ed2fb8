import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Timex } from "../../src/types.ts";
import { parseTimeml } from "../../src/extract/temporal/parse-timeml.ts";
import { addCounts, prf, scoreTimexes } from "../../src/extract/temporal/score-timexes.ts";

const SAMPLE = readFileSync(new URL("../fixtures/temporal/sample.tml", import.meta.url), "utf8");

function timex(start: number, end: number, value: string, type: Timex["type"] = "DATE"): Timex {
  return { start, end, text: "", type, value };
}

test("parseTimeml reads the creation date, strips every tag and keeps gold offsets into the plain text", () => {
  const document = parseTimeml(SAMPLE);
  assert.equal(document.dct, "2016-12-31");
  assert.ok(!document.text.includes("<"));
  assert.ok(document.text.includes("Noël & la patinoire"), "entities are decoded");
  assert.deepEqual(document.timexes.map((t) => [document.text.slice(t.start, t.end), t.text, t.type, t.value]), [
    ["hier", "hier", "DATE", "2016-12-30"],
    ["7 janvier", "7 janvier", "DATE", "2017-01-07"],
    ["trois semaines", "trois semaines", "DURATION", "P3W"],
  ]);
});

test("parseTimeml names what is missing", () => {
  assert.throws(() => parseTimeml("<TimeML><TEXT>x</TEXT></TimeML>"), /DCT/);
  assert.throws(() => parseTimeml('<TimeML><DCT><TIMEX3 value="2016-12-31"/></DCT></TimeML>'), /TEXT/);
});

test("an exact span counts as strict and relaxed; an overlapping one only as relaxed", () => {
  const gold = [timex(10, 20, "2016-11-08"), timex(30, 35, "2016")];
  const system = [timex(7, 20, "2016-11-08"), timex(30, 35, "2015")];
  const counts = scoreTimexes(gold, system);
  assert.deepEqual(counts, { gold: 2, system: 2, strict: 1, relaxed: 2, value: 1, type: 2 });
});

test("value F1 counts relaxed matches with the right value over system and gold totals", () => {
  const gold = [timex(0, 4, "2016-12-30"), timex(10, 19, "2017-01-07"), timex(25, 39, "P3W", "DURATION")];
  const system = [timex(0, 4, "2016-12-30"), timex(10, 19, "2016-01-07"), timex(50, 55, "2016")];
  const counts = scoreTimexes(gold, system);
  assert.equal(counts.value, 1);
  const value = prf(counts.value, counts.system, counts.gold);
  assert.equal(value.precision, 1 / 3);
  assert.equal(value.recall, 1 / 3);
  assert.ok(Math.abs(value.f1 - 1 / 3) < 1e-12);
});

test("one system timex cannot match two gold timexes", () => {
  const counts = scoreTimexes([timex(0, 4, "a"), timex(5, 9, "b")], [timex(0, 9, "a")]);
  assert.equal(counts.relaxed, 1);
});

test("scoring by type keeps only that type on both sides, and counts add up", () => {
  const gold = [timex(0, 4, "2016-12-30"), timex(25, 39, "P3W", "DURATION")];
  const system = [timex(0, 4, "2016-12-30"), timex(25, 39, "P3W", "DURATION")];
  const dates = scoreTimexes(gold, system, "DATE");
  assert.deepEqual(dates, { gold: 1, system: 1, strict: 1, relaxed: 1, value: 1, type: 1 });
  assert.deepEqual(addCounts(dates, dates).gold, 2);
  assert.deepEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
});
