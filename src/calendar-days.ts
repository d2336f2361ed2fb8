/**
 * Calendar arithmetic on year, month (1–12) and day numbers, in the proleptic Gregorian calendar as luxon counts it.
 * No Date: no time zone can move a day. Pure; shared by the date tagger, actor matching, the exports and the chart.
 */

/** Days in a month: (2016, 2) → 29. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days from 1970-01-01 (H. Hinnant's days_from_civil): (1970, 1, 2) → 1. */
export function daysFromEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The calendar day a number of days after 1970-01-01 falls on (H. Hinnant's civil_from_days). */
export function civilDay(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1 };
}

/** The ISO 8601 form of a calendar day of years 0 to 9999: (2016, 12, 30) → "2016-12-30". */
export function isoDay(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${String(day).padStart(2, "0")}`;
}

/** The ISO 8601 form of a month of years 0 to 9999: (2016, 12) → "2016-12". */
export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** First day and the day after the last: "2016-12-30" → 30–31 Dec., "2016-12" → 1 Dec.–1 Jan., "2016" → the year. */
export function allDayRange(date: string): [string, string] {
  // Calendar arithmetic on the numbers, no Date: no time zone can move a day.
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  const end: Day = date.length === 10 ? dayAfter(year, month, day) : date.length === 7 ? monthAfter(year, month) : [year + 1, 1, 1];
  return [isoDay(year, month, day), isoDay(...end)];
}

/** Year, month (1–12) and day (1–31). */
type Day = [number, number, number];

function dayAfter(year: number, month: number, day: number): Day {
  return day < daysInMonth(year, month) ? [year, month, day + 1] : monthAfter(year, month);
}

/** The first day of the next month. */
function monthAfter(year: number, month: number): Day {
  return month < 12 ? [year, month + 1, 1] : [year + 1, 1, 1];
}
