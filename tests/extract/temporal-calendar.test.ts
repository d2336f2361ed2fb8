import { test } from "node:test";
import assert from "node:assert/strict";
import { DateTime } from "luxon";
import { civilDay, daysFromEpoch } from "../../src/calendar-days.ts";
import { dayValue, dayValueAfter, monthValue, monthValueAfter, yearValue, yearValueAfter } from "../../src/extract/temporal/calendar.ts";

test("a day shifted by whole days is the day luxon's plus gives, across month ends, leap days and years", () => {
  for (const from of ["2016-12-30", "2016-02-28", "2015-02-28", "2000-02-29", "1900-03-01", "0001-01-02", "9999-12-30", "0000-06-15"]) {
    const date = DateTime.fromISO(from, { zone: "utc" });
    for (const days of [-800, -366, -31, -2, -1, 0, 1, 2, 7, 29, 365, 800]) {
      assert.equal(dayValueAfter(date, days), dayValue(date.plus({ days })), `${from} ${days}`);
    }
  }
});

test("a day shifted by whole months or years is in the month and year luxon's plus gives, whatever the day", () => {
  for (const from of ["2016-01-31", "2016-12-30", "2000-02-29", "0001-03-31", "9999-11-30", "0000-06-15"]) {
    const date = DateTime.fromISO(from, { zone: "utc" });
    for (const count of [-120, -25, -13, -12, -1, 0, 1, 11, 12, 13, 25, 120]) {
      assert.equal(monthValueAfter(date, count), monthValue(date.plus({ months: count })), `${from} ${count} months`);
      assert.equal(yearValueAfter(date, count), yearValue(date.plus({ years: count })), `${from} ${count} years`);
    }
  }
});

test("« hier » from the first of January is the last day of the year before", () => {
  assert.equal(dayValueAfter(DateTime.fromISO("2017-01-01", { zone: "utc" }), -1), "2016-12-31");
});

test("day numbers and calendar days convert both ways as luxon counts them, from year 1000 to 9998", () => {
  for (let days = daysFromEpoch(1000, 1, 1); days <= daysFromEpoch(9998, 12, 31); days += 13) {
    const date = DateTime.fromMillis(days * 86_400_000, { zone: "utc" });
    const civil = civilDay(days);
    assert.deepEqual(civil, { year: date.year, month: date.month, day: date.day }, `day ${days}`);
    assert.equal(daysFromEpoch(civil.year, civil.month, civil.day), days);
  }
});
