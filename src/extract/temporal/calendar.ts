/** Calendar arithmetic shared by the temporal rules: reference dates, TimeML values, candidates. */
import { DateTime } from "luxon";
import type { TimexType } from "../../types.ts";

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
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(String(reference ?? "").trim());
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
  const date = DateTime.fromObject({ year, month, day }, { zone: "utc" });
  return date.isValid ? date : null;
}

export function dayValue(date: DateTime): string {
  return date.toFormat("yyyy-MM-dd");
}

export function monthValue(date: DateTime): string {
  return date.toFormat("yyyy-MM");
}

export function yearValue(date: DateTime): string {
  return date.toFormat("yyyy");
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
  return dayValue(reference.date.plus({ days: shiftDays }));
}

/** Word boundaries that know accented letters: JavaScript's \b does not. */
export const B = "(?<![\\p{L}\\p{N}_])";
export const E = "(?![\\p{L}\\p{N}_])";
/** Either apostrophe. */
export const Q = "['’]";

/** Runs a global, case-insensitive, Unicode regex over the text. */
export function* matchAll(text: string, pattern: string): Generator<RegExpExecArray> {
  const regex = new RegExp(pattern, "giu");
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    yield match;
  }
}

/** The word right before `index`, lower-cased ("" at the start of the text). */
export function wordBefore(text: string, index: number): string {
  const match = /([\p{L}\p{N}'’-]+)[\s]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1].toLowerCase() : "";
}

/** The word right after `index`, as written ("" when punctuation or the end comes first). */
export function wordAfter(text: string, index: number): string {
  const match = /^[ \t\u00a0]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return match ? match[1] : "";
}

/** Two-digit years read as the century closest to the reference: « octobre 98 » (ref. 1999) → 1998. */
export function expandYear(raw: string, reference: Reference): number {
  const value = Number(raw);
  if (raw.length > 2) return value;
  const century = Math.floor(reference.year / 100) * 100;
  const options = [century - 100 + value, century + value, century + 100 + value];
  return options.reduce((best, year) => {
    const distance = (candidate: number) => (candidate > reference.year + 10 ? 1000 : Math.abs(candidate - reference.year));
    return distance(year) < distance(best) ? year : best;
  });
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
  const distance = (date: DateTime) => (date < from ? from.diff(date).toMillis() : date > to ? date.diff(to).toMillis() : 0);
  const closest = (list: DateTime[]) =>
    list.reduce((best, date) => (distance(date) < distance(best) || (distance(date) === distance(best) && date < best) ? date : best));
  let pool: DateTime[] = valid;
  if (direction === "past") pool = valid.filter((date) => date <= to);
  else if (direction === "future") pool = valid.filter((date) => date >= from);
  else if (direction === "before") pool = valid.filter((date) => date < from);
  else if (direction === "after") pool = valid.filter((date) => date > to);
  if (pool.length === 0) return closest(valid);
  if (direction === "closest") return closest(pool);
  return closest(pool);
}

/** The span of the reference at day precision: the day itself, or the whole month. */
export function referenceDays(reference: Reference): [DateTime, DateTime] {
  if (reference.day !== null) return [reference.date, reference.date];
  return [reference.date.startOf("month"), reference.date.endOf("month").startOf("day")];
}
