import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import { eventDate, eventUrl } from "./filters.ts";
import { siteUrlResolver } from "./site-url.ts";
import { allDayRange } from "../calendar-days.ts";
import type { ExportFormat } from "./export-format.ts";

/**
 * The chronology as an iCalendar file (RFC 5545) of all-day events.
 * A day event lasts that day; an event known to the month covers the whole month (DTSTART its first day, DTEND the
 * first day of the next month), and one known to the year the whole year. UIDs are the event ids, so a calendar that
 * subscribes keeps its entries from one build to the next. DTSTAMP must be a UTC date-time: it is the latest
 * publication day of the sources (`stamp`), never the clock, so the same articles give the same file. An export format
 * (see export-format.ts).
 */
export function eventsIcsFormat(site: SiteInfo, stamp: string): ExportFormat<EventRecord> {
  const host = new URL(site.url).host;
  const url = siteUrlResolver(site.url);
  const dtstamp = contentLine(`DTSTAMP:${compactDay(firstDay(stamp))}T000000Z`);
  // Many events share a date: its DTSTART and DTEND lines are written once.
  const datesLines = new Map<string, string>();
  const dates = (date: string) => {
    let lines = datesLines.get(date);
    if (lines === undefined) {
      const [start, end] = allDayRange(date);
      datesLines.set(date, (lines = contentLine(`DTSTART;VALUE=DATE:${compactDay(start)}`) + contentLine(`DTEND;VALUE=DATE:${compactDay(end)}`)));
    }
    return lines;
  };
  return {
    head: [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Chronique//Chronologie datee//FR",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${escapeText(site.title)}`,
      `X-WR-CALDESC:${escapeText(site.description)}`,
    ].map(contentLine).join(""),
    item: (event) => {
      const page = url(eventUrl(event.id));
      return "BEGIN:VEVENT\r\n" +
        contentLine(`UID:${event.id}@${host}`) +
        dtstamp +
        dates(event.date) +
        contentLine(`SUMMARY:${escapeText(event.title)}`) +
        contentLine(`DESCRIPTION:${escapeText(description(event, page))}`) +
        contentLine(`CATEGORIES:${escapeText(event.typeLabel)}`) +
        contentLine(`URL:${page}`) +
        "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n";
    },
    separator: "",
    tail: "END:VCALENDAR\r\n",
    // Every event prints the stamp.
    context: stamp,
  };
}

/** The text of an event's DESCRIPTION, one line each: its date, approximation, actors, source sentences and address. */
function description(event: EventRecord, url: string): string {
  let text = `${capitalizeFirst(eventDate(event.date, event.precision, event.approximate))}.`;
  if (event.approximate) text += "\nDate approximative : l'article ne la donne pas.";
  if (event.actors.length) text += `\nActeurs : ${event.actors.map((actor) => actor.name).join(", ")}.`;
  for (const source of event.sources) text += `\n« ${source.sentence} » (${source.articleTitle}${source.outlet ? `, ${source.outlet}` : ""})`;
  return `${text}\n${url}`;
}

/** A content line, folded, with its line break. */
function contentLine(line: string): string {
  return `${foldLine(line)}\r\n`;
}

function firstDay(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

function compactDay(day: string): string {
  return day.replace(/-/g, "");
}

function capitalizeFirst(text: string): string {
  return text ? text[0].toLocaleUpperCase("fr") + text.slice(1) : text;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  // At most three octets a UTF-16 unit (four for two): a line of 25 units or fewer fits.
  if (line.length <= 25) return line;
  let folded = "";
  let start = 0;
  let size = 0;
  let limit = 75;
  for (let at = 0; at < line.length;) {
    const code = line.codePointAt(at)!;
    // UTF-8 octets of the character; a lone surrogate is written as U+FFFD, three octets.
    const octets = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + octets > limit) {
      folded += `${line.slice(start, at)}\r\n `;
      start = at;
      size = 0;
      limit = 74;
    }
    size += octets;
    at += code >= 0x10000 ? 2 : 1;
  }
  return start === 0 ? line : folded + line.slice(start);
}
