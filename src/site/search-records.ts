import type { EventRecord } from "../types.ts";
import { eventDate } from "./filters.ts";

/** A search record as Pagefind's Node API takes it (`addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * What search knows of each event, given to Pagefind from memory rather than by parsing the event's page: the same
 * words a reader sees there (title, actors, source sentences and articles), the date and type shown with each result,
 * and the filters and sort key of the event page.
 *
 * An event of 30 décembre 2016 → { url: "/evenements/2016-12-30-rejet-…/", meta: { title, date: "30 décembre 2016", type }, … }.
 */
export function eventSearchRecords(events: EventRecord[]): SearchRecord[] {
  return events.map((event) => ({
    url: `/evenements/${event.id}/`,
    content: [
      event.title,
      event.actors.map((actor) => actor.name).join(", "),
      ...event.sources.map((source) => `${source.sentence} ${source.articleTitle}${source.outlet ? `, ${source.outlet}` : ""}`),
    ].join("\n"),
    language: "fr",
    meta: { title: event.title, date: eventDate(event.date, event.precision, event.approximate), type: event.typeLabel },
    filters: { type: [event.typeLabel], "année": [event.date.slice(0, 4)], acteur: event.actors.map((actor) => actor.name), contenu: ["Événement"] },
    sort: { date: event.date },
  }));
}
