import type { EventRecord } from "../types.ts";
import { siteUrlResolver } from "./site-url.ts";
import { eventUrl, sentenceUrl } from "./filters.ts";
import type { ExportFormat } from "./export-format.ts";

/** Column names, the keys of events.json where there is one. */
export const CSV_COLUMNS = [
  "id", "date", "precision", "approximate", "planned", "title", "type", "type_label", "cameo", "goldstein",
  "source_actor", "target_actor", "actors", "sources", "source_urls", "url",
] as const;

/**
 * One CSV row per event (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled). Lists (actors, sources) are joined with " | ". An export format (see
 * export-format.ts): written line by line, so an archive's file is never held in memory whole.
 */
export function eventsCsvFormat(base: string): ExportFormat<EventRecord> {
  const url = siteUrlResolver(base);
  return {
    // A byte order mark first: without it, a spreadsheet opened by double-click reads the accents as Latin-1.
    head: `\ufeff${csvLine([...CSV_COLUMNS])}`,
    separator: "",
    tail: "",
    item: (event) => csvLine([
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
      event.sources.map((source) => url(sentenceUrl(source))).join(" | "),
      url(eventUrl(event.id)),
    ]),
  };
}

function csvLine(fields: string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** « Moscou, « non » » → "Moscou, « non »" quoted; a plain field stays bare. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
