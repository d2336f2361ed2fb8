import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { DateTime } from "luxon";
import { allDayRange } from "../../src/calendar-days.ts";
import { frenchDate } from "../../src/site/filters.ts";
import { siteUrl, siteUrlResolver } from "../../src/site/site-url.ts";
import type { Precision } from "../../src/types.ts";

// The exports compute dates and addresses without luxon or a URL per event: each shortcut must give what they give.

/** Any valid calendar day from year 1 to 9998, as "YYYY-MM-DD". */
const day = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9998-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
/** A calendar date at any precision: "2016-12-30", "2016-12" or "2016". */
const calendarDate = fc.tuple(day, fc.constantFrom(10, 7, 4)).map(([date, length]) => date.slice(0, length));

test("allDayRange is luxon's day, month or year after, for any date and across leap years", () => {
  const luxonRange = (date: string) => {
    const start = DateTime.fromISO(date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`, { zone: "utc" });
    const end = date.length === 10 ? start.plus({ days: 1 }) : date.length === 7 ? start.plus({ months: 1 }) : start.plus({ years: 1 });
    return [start.toISODate(), end.toISODate()];
  };
  fc.assert(fc.property(calendarDate, (date) => assert.deepEqual(allDayRange(date), luxonRange(date))), { numRuns: 2000 });
  for (const date of ["2016-02-28", "2016-02-29", "2015-02-28", "1900-02-28", "2000-02-28", "2016-12-31", "0099-12-31"]) assert.deepEqual(allDayRange(date), luxonRange(date), date);
});

test("frenchDate is luxon's French format, at any precision asked", () => {
  const luxonFrenchDate = (date: string, precision: Precision) => {
    const [year, month = 1, dayOfMonth = 1] = date.split("-").map(Number);
    const value = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: "utc", locale: "fr" });
    if (precision === "year") return String(value.year);
    if (precision === "month") return value.toFormat("LLLL yyyy");
    return `${value.day === 1 ? "1er" : value.day} ${value.toFormat("LLLL yyyy")}`;
  };
  const precision = fc.constantFrom<Precision>("day", "month", "year");
  fc.assert(fc.property(calendarDate, precision, (date, asked) => assert.equal(frenchDate(date, asked), luxonFrenchDate(date, asked))), { numRuns: 2000 });
  for (let month = 1; month <= 12; month++) {
    const date = `2016-${String(month).padStart(2, "0")}-01`;
    assert.equal(frenchDate(date), luxonFrenchDate(date, "day"), date);
  }
  assert.equal(frenchDate("2016-08-01"), "1er août 2016");
  assert.equal(frenchDate("0800-02"), "février 0800");
  assert.equal(frenchDate("0800"), "800");
});

test("a site address built by concatenation is the one URL resolves, for any path and base", () => {
  const bases = [
    "https://exemple.org/chronique/", "https://exemple.org", "https://exemple.org/chronique", "HTTPS://EXEMPLE.org:443/a%20b/",
    "https://exemple.org/c/?q=1", "https://exemple.org/c/#f", "http://[::1]:8080/é/", "file:///tmp/site/",
  ];
  const pathname = fc.string({ unit: fc.constantFrom("a", "Z", "0", "-", "_", "/", "/", ".", "..", "#", "?", "%", "%2e", " ", "é", "\\", ":", "|", "@"), maxLength: 30 });
  // The address, or the error of a path URL refuses ("\\/" is a host-relative address, whose host is missing).
  const outcome = (resolve: () => string) => {
    try {
      return resolve();
    } catch (error) {
      return String(error);
    }
  };
  fc.assert(fc.property(fc.constantFrom(...bases), pathname, (base, path) => {
    const expected = outcome(() => new URL(path.replace(/^\/+/, ""), base).href);
    assert.equal(outcome(() => siteUrlResolver(base)(path)), expected);
    assert.equal(outcome(() => siteUrl(path, base)), expected);
  }), { numRuns: 3000 });
  assert.equal(siteUrlResolver("https://exemple.org/chronique/")("/articles/2016-12-30-x/#phrase-3"), "https://exemple.org/chronique/articles/2016-12-30-x/#phrase-3");
});
