/** Clock times: « 14 h », « 14h30 », « vers 20 heures », « à midi », placed on the story's current day. */
import { B, E, dayValue, wordBefore, type Candidate } from "./calendar.ts";
import { DIGIT_GATE, matchAll, wholeWordGate, wordGate } from "./match-all.ts";

/** Words before « N heures » that make it a time of day rather than a duration. */
const TIME_TRIGGERS = new Set(["à", "vers", "dès", "jusqu'à", "jusqu’à", "avant", "après", "entre", "et", "de", "midi", "depuis", "pour"]);

/** « vers » and the like before a clock time. */
const APPROX = `((?:vers|aux\\s+alentours\\s+de|environ|peu\\s+avant|peu\\s+après)\\s+)?`;
const HOUR_H = `${B}${APPROX}(\\d{1,2})\\s*(?:h|H)(?:\\s*(\\d{2}))?(?![\\p{L}\\p{N}])`;
const HOUR_WORD = `${B}${APPROX}(\\d{1,2})\\s+heures?(?:\\s+(\\d{2}))?${E}`;
const HOUR_WORD_GATE = wordGate("heure");
const COLON_GATE = wordGate(":");
/** « h » after the hour is a word of its own: « 14 h », « 14h30 ». */
const HOUR_LETTER_GATE = wholeWordGate("h");
const NOON_OR_MIDNIGHT = `${B}((?:vers|aux\\s+alentours\\s+de)\\s+)?(midi|minuit)${E}`;
const NOON_OR_MIDNIGHT_GATE = wordGate("midi", "minuit");
/** Words before « midi » or « minuit » that make it a time of day. */
const NOON_TRIGGERS = ["à", "avant", "après", "dès", "jusqu'à", "jusqu’à", "ce", "de", "entre", "et"];

function clockValue(hour: number, minute: number): string {
  return `T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function onAnchor(clock: string): Candidate["value"] {
  return (context) => (context.anchor ? dayValue(context.anchor) : "XXXX-XX-XX") + clock;
}

/**
 * Finds clock times; the day is the last day the text mentioned, or the reference day.
 * « Le sommet s'ouvre à 14 h 30 » (ref. 1999-05-17) → « 14 h 30 » 1999-05-17T14:30.
 */
export function findClockTimes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchAll(text, HOUR_H, [DIGIT_GATE, HOUR_LETTER_GATE])) {
    const hour = Number(match[2]);
    const minute = match[3] ? Number(match[3]) : 0;
    if (hour > 24 || minute > 59) continue;
    if (/^\s*\/\s*24/.test(text.slice(match.index + match[0].length))) continue; // « 24 h/24 »
    // « vers » stays outside the expression, as the French TimeBank mostly marks it.
    const start = match.index + (match[1]?.length ?? 0);
    found.push({ start, end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(hour % 24, minute)) });
  }
  for (const match of matchAll(text, HOUR_WORD, HOUR_WORD_GATE)) {
    const hour = Number(match[2]);
    const minute = match[3] ? Number(match[3]) : 0;
    if (hour > 23 || minute > 59) continue;
    const before = wordBefore(text, match.index);
    if (!match[1] && !TIME_TRIGGERS.has(before) && !match[3]) continue;
    if (before === "de" && !/^\s*(?:à|et)\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
    found.push({ start: match.index + (match[1]?.length ?? 0), end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(hour, minute)) });
  }
  for (const match of matchAll(text, `(?<![\\d:])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])`, [DIGIT_GATE, COLON_GATE])) {
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (!/(?:à|vers)\s$/.test(before)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(Number(match[1]), Number(match[2]))) });
  }
  for (const match of matchAll(text, NOON_OR_MIDNIGHT, NOON_OR_MIDNIGHT_GATE)) {
    const before = wordBefore(text, match.index);
    if (!match[1] && !NOON_TRIGGERS.includes(before)) continue;
    if (before === "de" && /^\s*(?:à|et)\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4)) === false) continue;
    const clock = match[2].toLowerCase() === "midi" ? "T12:00" : "T24:00";
    found.push({ start: match.index + (match[1]?.length ?? 0), end: match.index + match[0].length, type: "TIME", value: onAnchor(clock) });
  }
  return found;
}
