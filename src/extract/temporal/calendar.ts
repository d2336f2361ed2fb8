/** Calendar arithmetic shared by the temporal rules: reference dates, TimeML values, candidates. */
import { DateTime } from "luxon";
import type { TimexType } from "../../types.ts";
import { civilDay, daysFromEpoch, daysInMonth, isoDay, isoMonth } from "../../calendar-days.ts";
import { isSurrogate } from "../surrogates.ts";

/** The publication date the text is read against; `day` is null for a month-only reference. */
export interface Reference {
  year: number;
  month: number;
  day: number | null;
  /** The reference day, or the first of the month for a month-only reference (UTC midnight). */
  date: DateTime;
}

/** What a candidate may look at when its value is computed. */
export interface ResolveContext {
  reference: Reference;
  /** The last day-precision date mentioned before the candidate, or the reference day; null when neither is known. */
  anchor: DateTime | null;
}

/** A temporal expression found by one rule, before overlapping ones are merged. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** A fixed TimeML value, or a function of the narrative anchor (« la veille »); null drops the candidate. */
  value: string | ((context: ResolveContext) => string | null);
}

/**
 * Reads a reference date, "2016-12-30" or "2016-12"; null when it is not a calendar date.
 * "2016-12" → { year: 2016, month: 12, day: null }
 */
export function parseReference(reference: string): Reference | null {
  // One reference per publication date: the days worked out from it (weekdays around it, its month's span) are kept with it.
  const written = String(reference ?? "").trim();
  let parsed = REFERENCES.get(written);
  if (parsed === undefined) {
    parsed = readReference(written);
    if (REFERENCES.size >= 10_000) REFERENCES.clear();
    REFERENCES.set(written, parsed);
  }
  return parsed;
}

const REFERENCES = new Map<string, Reference | null>();

function readReference(written: string): Reference | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(written);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const date = DateTime.fromObject({ year, month, day: day ?? 1 }, { zone: "utc" });
  if (!date.isValid) return null;
  return { year, month, day, date };
}

/** A calendar day as a UTC DateTime, or null when the day does not exist (31 February). */
export function makeDay(year: number, month: number, day: number): DateTime | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999) return null;
  // The same few days come back in every article: a DateTime never changes, so one per day is enough.
  const key = month >= 0 && month < 100 && day >= 0 && day < 100 ? year * 10000 + month * 100 + day : NaN;
  const known = Number.isNaN(key) ? undefined : DAYS.get(key);
  if (known !== undefined) return known;
  const date = DateTime.fromObject({ year, month, day }, { zone: "utc" });
  const result = date.isValid ? date : null;
  if (!Number.isNaN(key)) {
    if (DAYS.size >= 100_000) DAYS.clear();
    DAYS.set(key, result);
  }
  return result;
}

const DAYS = new Map<number, DateTime | null>();

/**
 * The ISO weekday (1 = Monday) of a calendar day, without building a date; 0 when the day does not exist
 * or lies outside the years makeDay accepts. (2016, 12, 30) → 5.
 */
export function weekdayOf(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return 0;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 0;
  return ((daysFromEpoch(year, month, day) % 7) + 10) % 7 + 1;
}

export function dayValue(date: DateTime): string {
  if (!isPlainYear(date)) return date.toFormat("yyyy-MM-dd");
  return isoDay(date.year, date.month, date.day);
}

export function monthValue(date: DateTime): string {
  if (!isPlainYear(date)) return date.toFormat("yyyy-MM");
  return isoMonth(date.year, date.month);
}

export function yearValue(date: DateTime): string {
  if (!isPlainYear(date)) return date.toFormat("yyyy");
  return String(date.year).padStart(4, "0");
}

/** A valid date in years 1 to 9999, which luxon's « yyyy » writes as four digits; the others go through luxon. */
function isPlainYear(date: DateTime): boolean {
  return date.isValid && date.year >= 1 && date.year <= 9999;
}

/** ISO week value: 2016-12-14 → "2016-W50". */
export function weekValue(date: DateTime): string {
  return `${String(date.weekYear).padStart(4, "0")}-W${String(date.weekNumber).padStart(2, "0")}`;
}

/**
 * The value of a day shifted from the reference, at month precision when the reference has no day.
 * « hier » (ref. 2016-12-31) → "2016-12-30"; (ref. 2016-12) → "2016-12".
 */
export function referenceDayValue(reference: Reference, shiftDays: number): string {
  if (reference.day === null) return monthValue(reference.date);
  return dayValueAfter(reference.date, shiftDays);
}

/**
 * The value of the day a whole number of days after a date (before it when negative), counted on day numbers: the
 * same as luxon's plus and dayValue, without building a date. 2016-12-31 and 1 → "2017-01-01".
 */
export function dayValueAfter(date: DateTime, days: number): string {
  const { year, month, day } = civilDay(epochDay(date) + days);
  // luxon writes the years outside 1 to 9999 its own way.
  if (year < 1 || year > 9999) return dayValue(date.plus({ days }));
  return isoDay(year, month, day);
}

/**
 * The value of the month a whole number of months after a date's (before it when negative), as luxon's plus and
 * monthValue give it: a day missing from the month reached (31 → 30) never changes the month. 2016-11-30 and 3 → "2017-02".
 */
export function monthValueAfter(date: DateTime, months: number): string {
  const total = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(total / 12);
  if (year < 1 || year > 9999) return monthValue(date.plus({ months }));
  return isoMonth(year, total - year * 12 + 1);
}

/** The value of the year a whole number of years after a date's, as luxon's plus and yearValue give it. 2016 and -5 → "2011". */
export function yearValueAfter(date: DateTime, years: number): string {
  const year = date.year + years;
  if (year < 1 || year > 9999) return yearValue(date.plus({ years }));
  return String(year).padStart(4, "0");
}

/** Word boundaries that know accented letters: JavaScript's \b does not. */
export const B = "(?<![\\p{L}\\p{N}_])";
export const E = "(?![\\p{L}\\p{N}_])";
/** Either apostrophe. */
export const Q = "['’]";

/** The word right before `index`, lower-cased ("" at the start of the text). Looks at most 40 characters back. */
export function wordBefore(text: string, index: number): string {
  // The rules ask for the word before nearly every match: a scan by code unit, the regular expression only near a surrogate.
  const from = Math.max(0, index - 40);
  let end = Math.min(index, text.length);
  while (end > from && SPACE.test(text[end - 1])) end--;
  let start = end;
  for (; start > from; start--) {
    const code = text.charCodeAt(start - 1);
    if (isSurrogate(code)) return wordBeforeByRegex(text, index);
    if (!isWordPartCode(code)) break;
  }
  return text.slice(start, end).toLowerCase();
}

function wordBeforeByRegex(text: string, index: number): string {
  const match = /([\p{L}\p{N}'’-]+)[\s]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1].toLowerCase() : "";
}

/** The word right after `index`, as written ("" when punctuation or the end comes first). Looks at most 40 characters on. */
export function wordAfter(text: string, index: number): string {
  const to = Math.min(text.length, index + 40);
  let start = index;
  while (start < to && (text[start] === " " || text[start] === "\t" || text[start] === "\u00a0")) start++;
  let end = start;
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (isSurrogate(code)) return wordAfterByRegex(text, index);
    if (!isWordPartCode(code)) break;
  }
  return text.slice(start, end);
}

function wordAfterByRegex(text: string, index: number): string {
  const match = /^[ \t\u00a0]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return match ? match[1] : "";
}

const SPACE = /^\s$/u;

/** 1 for a code unit of the Basic Multilingual Plane that is a letter, a digit, an apostrophe or a hyphen; 2 when not; 0 before first sight. */
const WORD_PARTS = new Uint8Array(0x10000);

/** A character of [\p{L}\p{N}'’-] (not a surrogate). */
function isWordPartCode(code: number): boolean {
  let kind = WORD_PARTS[code];
  if (kind === 0) WORD_PARTS[code] = kind = /^[\p{L}\p{N}'’-]$/u.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/** Two-digit years read as the century closest to the reference: « octobre 98 » (ref. 1999) → 1998. */
export function expandYear(raw: string, reference: Reference): number {
  const value = Number(raw);
  if (raw.length > 2) return value;
  const century = Math.floor(reference.year / 100) * 100;
  const options = [century - 100 + value, century + value, century + 100 + value];
  return options.reduce((best, year) => (yearDistance(year, reference) < yearDistance(best, reference) ? year : best));
}

/** How far a year lies from the reference's; a year more than ten years ahead counts as very far. */
function yearDistance(year: number, reference: Reference): number {
  return year > reference.year + 10 ? 1000 : Math.abs(year - reference.year);
}

/** How to choose among the years a written date could fall in. */
export type Direction = "past" | "future" | "closest" | "before" | "after";

/**
 * Picks the candidate that fits the direction, measured against the span [from, to] of the reference
 * (a day, or a whole month for a month-only reference): "past" is on or before it, "before" strictly before.
 * Falls back to the closest when no candidate lies in the direction.
 */
export function pickDate(candidates: DateTime[], from: DateTime, to: DateTime, direction: Direction): DateTime | null {
  const valid = candidates.filter((date) => date.isValid);
  if (valid.length === 0) return null;
  let pool: DateTime[] = valid;
  if (direction === "past") pool = valid.filter((date) => date <= to);
  else if (direction === "future") pool = valid.filter((date) => date >= from);
  else if (direction === "before") pool = valid.filter((date) => date < from);
  else if (direction === "after") pool = valid.filter((date) => date > to);
  if (pool.length === 0) return closestTo(valid, from, to);
  return closestTo(pool, from, to);
}

/** The date nearest the span [from, to] (the earlier one of two as near). */
function closestTo(list: DateTime[], from: DateTime, to: DateTime): DateTime {
  return list.reduce((best, date) => {
    const [mine, theirs] = [distanceTo(date, from, to), distanceTo(best, from, to)];
    return mine < theirs || (mine === theirs && date < best) ? date : best;
  });
}

/** How far a date lies outside the span [from, to], in milliseconds: in UTC, the difference of the timestamps. */
function distanceTo(date: DateTime, from: DateTime, to: DateTime): number {
  return date < from ? from.valueOf() - date.valueOf() : date > to ? date.valueOf() - to.valueOf() : 0;
}

/** The span of the reference at day precision: the day itself, or the whole month. */
export function referenceDays(reference: Reference): [DateTime, DateTime] {
  if (reference.day !== null) return [reference.date, reference.date];
  let span = MONTH_SPANS.get(reference);
  if (!span) MONTH_SPANS.set(reference, (span = [reference.date.startOf("month"), reference.date.endOf("month").startOf("day")]));
  return [span[0], span[1]];
}

/** The span of each month-only reference, worked out once per tagged text. */
const MONTH_SPANS = new WeakMap<Reference, [DateTime, DateTime]>();

/** Days from 1970-01-01 of a valid DateTime's calendar day. */
export function epochDay(date: DateTime): number {
  return daysFromEpoch(date.year, date.month, date.day);
}
