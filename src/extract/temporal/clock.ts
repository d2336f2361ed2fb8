/** Clock times: « 14 h », « 14h30 », « vers 20 heures », « à midi », placed on the story's current day. */
import { B, E, dayValue, matchAll, wordBefore, type Candidate } from "./calendar.ts";

/** Words before « N heures » that make it a time of day rather than a duration. */
const TIME_TRIGGERS = new Set(["à", "vers", "dès", "jusqu'à", "jusqu’à", "avant", "après", "entre", "et", "de", "midi", "depuis", "pour"]);

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
  const approx = `((?:vers|aux\\s+alentours\\s+de|environ|peu\\s+avant|peu\\s+après)\\s+)?`;
  for (const match of matchAll(text, `${B}${approx}(\\d{1,2})\\s*(?:h|H)(?:\\s*(\\d{2}))?(?![\\p{L}\\p{N}])`, "\\d\\s*h")) {
    const hour = Number(match[2]);
    const minute = match[3] ? Number(match[3]) : 0;
    if (hour > 24 || minute > 59) continue;
    if (/^\s*\/\s*24/.test(text.slice(match.index + match[0].length))) continue; // « 24 h/24 »
    // « vers » stays outside the expression, as the French TimeBank mostly marks it.
    const start = match.index + (match[1]?.length ?? 0);
    found.push({ start, end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(hour % 24, minute)) });
  }
  for (const match of matchAll(text, `${B}${approx}(\\d{1,2})\\s+heures?(?:\\s+(\\d{2}))?${E}`, "\\d\\s+heure")) {
    const hour = Number(match[2]);
    const minute = match[3] ? Number(match[3]) : 0;
    if (hour > 23 || minute > 59) continue;
    const before = wordBefore(text, match.index);
    if (!match[1] && !TIME_TRIGGERS.has(before) && !match[3]) continue;
    if (before === "de" && !/^\s*(?:à|et)\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
    found.push({ start: match.index + (match[1]?.length ?? 0), end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(hour, minute)) });
  }
  for (const match of matchAll(text, `(?<![\\d:])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])`)) {
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (!/(?:à|vers)\s$/.test(before)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "TIME", value: onAnchor(clockValue(Number(match[1]), Number(match[2]))) });
  }
  for (const match of matchAll(text, `${B}((?:vers|aux\\s+alentours\\s+de)\\s+)?(midi|minuit)${E}`, "midi|minuit")) {
    const before = wordBefore(text, match.index);
    if (!match[1] && !["à", "avant", "après", "dès", "jusqu'à", "jusqu’à", "ce", "de", "entre", "et"].includes(before)) continue;
    if (before === "de" && /^\s*(?:à|et)\s/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4)) === false) continue;
    const clock = match[2].toLowerCase() === "midi" ? "T12:00" : "T24:00";
    found.push({ start: match.index + (match[1]?.length ?? 0), end: match.index + match[0].length, type: "TIME", value: onAnchor(clock) });
  }
  return found;
}
