/** Weekdays: « vendredi 30 », « mardi », « mardi soir », « lundi prochain », « ce dimanche ». */
import type { DateTime } from "luxon";
import {
  B, E, dayValue, epochDay, makeDay, weekdayOf, monthValue, pickDate, referenceDays, wordAfter, wordBefore, type Candidate, type Direction, type Reference,
} from "./calendar.ts";
import { civilDay } from "../../calendar-days.ts";
import { matchAll, phraseGate } from "./match-all.ts";
import { sentenceTense } from "./tense.ts";
import { PARTS_OF_DAY, WEEKDAYS, alternation } from "./words-fr.ts";

const WEEKDAY = `(${alternation(Object.keys(WEEKDAYS))})`;
const PART = `(${alternation([...Object.keys(PARTS_OF_DAY), "midi"])})`;

const WEEKDAY_DATE =
  `${B}(?:(ce|cet|ce\\s+même)\\s+)?${WEEKDAY}(?:\\s+(\\d{1,2}|1er)(?![\\d\\p{L}]|\\s*h\\b|\\s*heures?\\b|\\s*[.,:]\\d))?` +
  `(?:\\s+(dernier|prochain|passé))?(?:\\s+${PART})?${E}`;

const WEEKDAY_GATE = phraseGate(Object.keys(WEEKDAYS));

/** Words after a weekday that make it a name, not a day: « Mardi gras », « Vendredi saint ». */
const NAME_AFTER = new Set(["gras", "saint", "noir", "fou"]);

/** The days with the given weekday around the reference, on either side (two weeks beyond its span). */
function daysAround(reference: Reference, weekday: number): DateTime[] {
  let byWeekday = AROUND.get(reference);
  if (!byWeekday) AROUND.set(reference, (byWeekday = new Map()));
  let days = byWeekday.get(weekday);
  if (!days) byWeekday.set(weekday, (days = weekdaysAround(reference, weekday)));
  return days;
}

/** Per reference (one per tagged text) and weekday, the days daysAround gives; nobody changes them. */
const AROUND = new WeakMap<Reference, Map<number, DateTime[]>>();

function weekdaysAround(reference: Reference, weekday: number): DateTime[] {
  const [from, to] = referenceDays(reference);
  // Day numbers and the shared days of makeDay, rather than luxon arithmetic, in the years makeDay accepts.
  const first = epochDay(from) - 14;
  const last = epochDay(to) + 14;
  const days: DateTime[] = [];
  for (let number = first + ((weekday - ((((first % 7) + 10) % 7) + 1) + 7) % 7); number <= last; number += 7) {
    const { year, month, day } = civilDay(number);
    const date = makeDay(year, month, day);
    if (!date) return weekdaysAroundByLuxon(from, to, weekday);
    days.push(date);
  }
  return days;
}

function weekdaysAroundByLuxon(from: DateTime, to: DateTime, weekday: number): DateTime[] {
  const first = from.minus({ days: 14 });
  const last = to.plus({ days: 14 });
  const days: DateTime[] = [];
  for (let date = first.plus({ days: (weekday - first.weekday + 7) % 7 }); date <= last; date = date.plus({ days: 7 })) days.push(date);
  return days;
}

/**
 * The day a weekday with a day number names: the month of the reference when it agrees, else the closest
 * month that does (looking back first for a month-only reference). « Vendredi 30 » (ref. 2016-12) → 2016-12-30.
 */
export function resolveWeekdayDay(reference: Reference, weekday: number, day: number): DateTime | null {
  const options: DateTime[] = [];
  for (let shift = -12; shift <= 12; shift += 1) {
    const months = reference.date.year * 12 + reference.date.month - 1 + shift;
    const year = Math.floor(months / 12);
    const month = months - year * 12 + 1;
    // Only the days that exist and fall on the weekday become dates.
    if (weekdayOf(year, month, day) !== weekday) continue;
    const date = makeDay(year, month, day);
    if (date && date.weekday === weekday) options.push(date);
  }
  if (options.length === 0) return null;
  const [from, to] = referenceDays(reference);
  const direction: Direction = reference.day === null ? "past" : "closest";
  return pickDate(options, from, to, direction);
}

/**
 * Finds weekdays and resolves them against the reference, in the direction the sentence's tense points.
 * « Le Kremlin a démenti mercredi » (ref. 2016-07-27, a Wednesday) → 2016-07-27; « mardi soir » → 2019-05-14TEV.
 */
export function findWeekdays(text: string, reference: Reference): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, WEEKDAY_DATE, WEEKDAY_GATE)) {
    const [whole, determiner, weekdayWord, dayRaw, suffix, part] = match;
    const start = match.index;
    const end = start + whole.length;
    const weekday = WEEKDAYS[weekdayWord.toLowerCase()];
    if (!weekday) continue;
    if (NAME_AFTER.has(wordAfter(text, start + (determiner ? whole.indexOf(weekdayWord) : 0) + weekdayWord.length).toLowerCase())) continue;
    const before = wordBefore(text, start);
    if (!determiner && /^(?:journal|jdd)$/.test(before)) continue;
    // « le mercredi » without a day number is a habit (« le mercredi, il joue au tennis »).
    if (!determiner && !dayRaw && !suffix && !part && before === "le") {
      const article = /(le\s+)$/i.exec(text.slice(Math.max(0, start - 8), start));
      found.push({ start: start - (article ? article[1].length : 0), end, type: "SET", value: `XXXX-WXX-${weekday}` });
      continue;
    }
    if (!determiner && !dayRaw && !suffix && before === "les") continue;
    let date: DateTime | null = null;
    if (dayRaw) {
      date = resolveWeekdayDay(reference, weekday, dayRaw === "1er" ? 1 : Number(dayRaw));
    } else {
      if (reference.day === null && !suffix) {
        found.push({ start, end, type: "DATE", value: monthValue(reference.date) });
        continue;
      }
      let direction: Direction;
      if (suffix?.toLowerCase() === "prochain") direction = "after";
      else if (suffix) direction = "before";
      else {
        const tense = sentenceTense(text, start, end);
        direction = tense === "future" ? "future" : "past";
      }
      date = pickDate(daysAround(reference, weekday), ...referenceDays(reference), direction);
    }
    if (!date) continue;
    if (part) {
      const lower = part.toLowerCase();
      const suffixValue = lower === "midi" ? "T12:00" : `T${PARTS_OF_DAY[lower]}`;
      found.push({ start, end, type: "TIME", value: dayValue(date) + suffixValue });
    } else found.push({ start, end, type: "DATE", value: dayValue(date) });
  }
  return found;
}
