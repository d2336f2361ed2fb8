import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import { eventDate, eventUrl, frenchDate, sentenceUrl } from "./filters.ts";
import { escapeHtml } from "./render-article.ts";
import { siteUrlResolver } from "./site-url.ts";
import { prettyJsonFormat } from "./pretty-json.ts";
import type { ExportFormat } from "./export-format.ts";

/** A date as TimelineJS3 reads it: only the parts the precision gives. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

/** The JSON file TimelineJS3 loads unchanged: a title slide and one slide per event. */
export interface TimelineJsFile {
  title: { text: { headline: string; text: string }; unique_id: string };
  events: TimelineJsSlide[];
}

/** The date parts of a calendar date at its precision: "2016-12" → { year: 2016, month: 12 }. */
export function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split("-").map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * The chronology in TimelineJS3's JSON format: `start_date` at the event's precision, `display_date` in French
 * (« au plus tard le 27 juillet 2016 »), `group` the type label and `unique_id` our event id. Links are absolute,
 * since the file is meant to be loaded into a widget on another site.
 */
export function timelineJsFormat(site: SiteInfo): ExportFormat<EventRecord> {
  const title = {
    text: { headline: escapeHtml(site.title), text: `<p>${escapeHtml(site.description)}</p><p><a href="${escapeHtml(site.url)}">${escapeHtml(site.url)}</a></p>` },
    unique_id: "titre",
  };
  const url = siteUrlResolver(site.url);
  return prettyJsonFormat({ title }, "events", (event): TimelineJsSlide => ({
    start_date: timelineJsDate(event.date),
    display_date: eventDate(event.date, event.precision, event.approximate),
    text: { headline: escapeHtml(event.title), text: slideText(event, url) },
    group: event.typeLabel,
    unique_id: event.id,
  }));
}

function slideText(event: EventRecord, url: (pathname: string) => string): string {
  const parts: string[] = [];
  if (event.actors.length > 0) parts.push(`<p>Acteurs : ${event.actors.map((actor) => escapeHtml(actor.name)).join(", ")}</p>`);
  for (const source of event.sources) {
    const link = url(sentenceUrl(source));
    const outlet = source.outlet ? `, ${escapeHtml(source.outlet)}` : "";
    parts.push(`<blockquote>${escapeHtml(source.sentence)}</blockquote><p><a href="${escapeHtml(link)}">${escapeHtml(source.articleTitle)}</a>${outlet}, ${frenchDate(source.published)}</p>`);
  }
  parts.push(`<p><a href="${escapeHtml(url(eventUrl(event.id)))}">Lien permanent</a></p>`);
  return parts.join("");
}
