import assert from "node:assert/strict";
import { test } from "node:test";
import { frenchNumber, tensionChart } from "../../src/site/tension-chart.ts";
import type { EventRecord, Precision } from "../../src/types.ts";

function event(id: string, date: string, goldstein: number, extra: Partial<EventRecord> = {}): EventRecord {
  const precision: Precision = date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return {
    id, date, precision, approximate: false, planned: false, title: `Événement ${id}`, type: "t", typeLabel: "Type", cameo: "010",
    goldstein, actors: [], sources: [], ...extra,
  };
}

const corpus = [
  event("dementi", "2016-07-27", -2),
  event("expulsion", "2016-12", -5),
  event("refus", "2016-12-30", -4),
  event("visite", "2019-05-14", 2.8),
  event("appel", "2019-05-14", 1),
];

test("the period runs from the first to the last month with an event, one band per month", () => {
  const chart = tensionChart(corpus)!;
  assert.equal(chart.from, "juillet 2016");
  assert.equal(chart.to, "mai 2019");
  const months = 12 * 2019 + 4 - (12 * 2016 + 6) + 1;
  assert.equal(chart.months.length, 3, "only months with events get a bar");
  const band = (chart.plot.right - chart.plot.left) / months;
  assert.ok(Math.abs(chart.months[0].width - band) < 0.1);
  assert.equal(chart.months[0].x, chart.plot.left);
});

test("a month's bar is the mean Goldstein score of its events, drawn from the zero line", () => {
  const chart = tensionChart(corpus)!;
  const december = chart.months.find((month) => month.key === "2016-12")!;
  assert.equal(december.mean, -4.5);
  assert.equal(december.meanLabel, "−4,5");
  assert.equal(december.tone, "conflit");
  assert.equal(december.bar.y, chart.zeroY, "a conflict bar hangs below zero");
  assert.ok(december.bar.height > 0);
  const may = chart.months.find((month) => month.key === "2019-05")!;
  assert.equal(may.mean, 1.9);
  assert.equal(may.tone, "cooperation");
  assert.equal(may.bar.y + may.bar.height, chart.zeroY, "a cooperation bar stands on zero");
});

test("the score scale is fixed from −10 at the bottom to +10 at the top", () => {
  const chart = tensionChart(corpus)!;
  assert.deepEqual(chart.yTicks.map((tick) => tick.value), [10, 5, 0, -5, -10]);
  assert.equal(chart.yTicks[0].y, chart.plot.top);
  assert.equal(chart.yTicks.at(-1)!.y, chart.plot.bottom);
  assert.equal(chart.zeroY, (chart.plot.top + chart.plot.bottom) / 2);
});

test("each event is a mark at its day within its month band, or in the middle for a month event", () => {
  const chart = tensionChart(corpus)!;
  const band = chart.months[0].width;
  const expulsion = chart.marks.find((mark) => mark.id === "expulsion")!;
  const refusal = chart.marks.find((mark) => mark.id === "refus")!;
  const december = chart.months.find((month) => month.key === "2016-12")!;
  assert.ok(Math.abs(expulsion.x - (december.x + band / 2)) < 0.2);
  assert.ok(refusal.x > expulsion.x && refusal.x <= december.x + band);
  assert.match(refusal.label, /^30 décembre 2016 — Événement refus \(score −4\)$/);
  assert.deepEqual(chart.marks.map((mark) => mark.id), corpus.map((item) => item.id));
});

test("marks that would fall on the same spot are spread sideways, not stacked", () => {
  const same = [event("a", "2021-03-22", 0), event("b", "2021-03-22", 0), event("c", "2021-03-22", 0)];
  const chart = tensionChart(same)!;
  const xs = chart.marks.map((mark) => mark.x);
  assert.equal(new Set(xs).size, 3);
  for (const mark of chart.marks) assert.equal(mark.y, chart.zeroY);
  const sorted = [...xs].sort((a, b) => a - b);
  assert.ok(sorted[1] - sorted[0] >= chart.radius * 2 && sorted[2] - sorted[1] >= chart.radius * 2);
});

test("approximate events keep their flag, and year-only events are left out and counted in the description", () => {
  const chart = tensionChart([...corpus, event("vague", "2017", -1), event("tard", "2019-05-14", -2, { approximate: true })])!;
  assert.equal(chart.leftOut, 1);
  assert.ok(!chart.marks.some((mark) => mark.id === "vague"));
  assert.equal(chart.marks.find((mark) => mark.id === "tard")!.approximate, true);
  assert.match(chart.description, /1 événement daté à l'année seulement n'y figure pas\./);
  assert.match(chart.description, /Mois le plus conflictuel : décembre 2016 \(moyenne −4,5, 2 événements\)/);
});

test("no chart without an event dated to the month or the day", () => {
  assert.equal(tensionChart([]), undefined);
  assert.equal(tensionChart([event("vague", "2017", -1)]), undefined);
});

test("scores print the French way, with a true minus sign", () => {
  assert.equal(frenchNumber(-5.8), "−5,8");
  assert.equal(frenchNumber(2.5), "+2,5");
  assert.equal(frenchNumber(0), "0");
});
