/** French temporal tagger: finds TimeML timexes in a text and resolves them against its publication date. */
import type { DateTime } from "luxon";
import type { Timex } from "../../types.ts";
import { findAbsoluteDates } from "./absolute.ts";
import { makeDay, parseReference, type Candidate, type Reference } from "./calendar.ts";
import { findClockTimes } from "./clock.ts";
import { findDurationsAndSets } from "./durations.ts";
import { findRelativeDates } from "./relative.ts";
import { findWeekdays } from "./weekday.ts";
import { sortInPlace } from "../sort-in-place.ts";

/** Rules in a fixed order: when two equally long candidates overlap, the earlier rule wins. */
const RULES: ((text: string, reference: Reference) => Candidate[])[] = [
  findAbsoluteDates,
  findWeekdays,
  findRelativeDates,
  (text) => findClockTimes(text),
  (text) => findDurationsAndSets(text),
];

/** Keeps the longest of overlapping candidates (then the earlier rule), sorted by start. */
function mergeCandidates(lists: Candidate[][]): Candidate[] {
  const ranked = lists.flatMap((list, rule) => list.map((candidate) => ({ candidate, rule })));
  sortInPlace(ranked, (a, b) =>
    (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start) || a.rule - b.rule || a.candidate.start - b.candidate.start);
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return sortInPlace(kept, (a, b) => a.start - b.start);
}

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

function dayOf(value: string): DateTime | null {
  const match = DAY_VALUE.exec(value);
  return match ? makeDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** Joins a day and the clock time after « à »: « hier à 10 h » is one TIME, 1999-09-03T10:00 (« vers » stays apart). */
function joinDayAndClock(text: string, timexes: Timex[]): Timex[] {
  const joined: Timex[] = [];
  for (const timex of timexes) {
    const previous = joined[joined.length - 1];
    const clock = /T(\d{2}:\d{2})$/.exec(timex.value);
    if (previous && clock && timex.type === "TIME" && /^\d{4}-\d{2}-\d{2}$/.test(previous.value) &&
      /^\s+à\s+$/.test(text.slice(previous.end, timex.start))) {
      const end = timex.end;
      joined[joined.length - 1] = {
        start: previous.start, end, text: text.slice(previous.start, end), type: "TIME",
        value: `${previous.value.slice(0, 10)}T${clock[1]}`,
      };
      continue;
    }
    joined.push(timex);
  }
  return joined;
}

/**
 * Tags the temporal expressions of a French text, resolved against its publication date ("YYYY-MM-DD" or "YYYY-MM").
 * « Vendredi 30, le président russe a calmé le jeu » (ref. 2016-12) → [{ text: "Vendredi 30", type: "DATE", value: "2016-12-30" }]
 */
export function tagDates(text: string, reference: string): Timex[] {
  try {
    const ref = parseReference(reference);
    if (typeof text !== "string" || !ref) return [];
    const candidates = mergeCandidates(RULES.map((rule) => rule(text, ref)));
    const timexes: Timex[] = [];
    let anchor: DateTime | null = ref.day === null ? null : ref.date;
    candidates.forEach((candidate, index) => {
      let context = { reference: ref, anchor };
      // « à 15 h 30, hier »: a clock time takes the day written right after it.
      const next = candidates[index + 1];
      if (candidate.type === "TIME" && typeof candidate.value !== "string" && next && /^\s*,?\s*$/.test(text.slice(candidate.end, next.start))) {
        const nextValue = typeof next.value === "string" ? next.value : next.value(context);
        const nextDay = nextValue ? dayOf(nextValue) : null;
        if (nextDay) context = { reference: ref, anchor: nextDay };
      }
      const value = typeof candidate.value === "string" ? candidate.value : candidate.value(context);
      if (!value) return;
      const day = dayOf(value);
      if (DAY_VALUE.test(value) && !day) return;
      if (day) anchor = day;
      timexes.push({
        start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), type: candidate.type, value,
      });
    });
    return joinDayAndClock(text, timexes);
  } catch {
    // A rule that trips on odd input must not stop a build: the text simply has no dates.
    return [];
  }
}

/**
 * Reads a DATE/TIME value as a calendar date at its precision; null for weeks, seasons, references and unknown years.
 * "2016-12-30TEV" → { date: "2016-12-30", precision: "day" }; "2016-12" → month; "2016-W50" → null
 */
export function calendarOf(value: string): { date: string; precision: "day" | "month" | "year" } | null {
  if (typeof value !== "string") return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T[\w:.+-]*)?$/.exec(value);
  if (day) return makeDay(Number(day[1]), Number(day[2]), Number(day[3])) ? { date: value.slice(0, 10), precision: "day" } : null;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return makeDay(Number(month[1]), Number(month[2]), 1) ? { date: value, precision: "month" } : null;
  if (/^\d{4}$/.test(value) && Number(value) > 0) return { date: value, precision: "year" };
  return null;
}
