import type { EventRecord } from "../types.ts";
import { siteUrlResolver } from "./site-url.ts";

/** Column names, the keys of events.json where there is one. */
export const CSV_COLUMNS = [
  "id", "date", "precision", "approximate", "planned", "title", "type", "type_label", "cameo", "goldstein",
  "source_actor", "target_actor", "actors", "sources", "source_urls", "url",
] as const;

/**
 * One CSV row per event (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled). Lists (actors, sources) are joined with " | ". Yielded line by line, so an
 * archive's file is written without being held in memory whole.
 */
export function* eventsCsv(events: EventRecord[], base: string): Generator<string> {
  const url = siteUrlResolver(base);
  // A byte order mark first: without it, a spreadsheet opened by double-click reads the accents as Latin-1.
  yield "\ufeff";
  yield csvLine([...CSV_COLUMNS]);
  for (const event of events) {
    yield csvLine([
      event.id,
      event.date,
      event.precision,
      String(event.approximate),
      String(event.planned),
      event.title,
      event.type,
      event.typeLabel,
      event.cameo,
      String(event.goldstein),
      event.sourceActor?.name ?? "",
      event.targetActor?.name ?? "",
      event.actors.map((actor) => actor.name).join(" | "),
      event.sources.map((source) => `${source.articleTitle}${source.outlet ? ` (${source.outlet})` : ""}`).join(" | "),
      event.sources.map((source) => url(`/articles/${source.article}/#${source.anchor}`)).join(" | "),
      url(`/evenements/${event.id}/`),
    ]);
  }
}

function csvLine(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** « Moscou, « non » » → "Moscou, « non »" quoted; a plain field stays bare. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
