import type { EventRecord } from "../types.ts";
import type { ActorView, MonthGroup, Timeline } from "./timeline-view.ts";
import { actorUrl, eventDate, monthUrl } from "./filters.ts";
import { escapeHtml } from "./render-article.ts";

/** A search record as Pagefind's Node API takes it (`addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** A page given to Pagefind from memory (`addHTMLFile`): what it indexes of a real page of the site. */
export interface SearchPage {
  url: string;
  content: string;
}

/**
 * A month's search page before its text is written: its address, its length in characters, and its text, made when
 * first asked for. With a `key` (see SearchPagePlanning) an earlier build recorded, the length comes from that record
 * and the text is made only if its part of the index is written again: 21.7 million characters at 10 000 articles,
 * about 0.35 s of a rebuild's main thread.
 */
export interface PlannedSearchPage {
  url: string;
  chars: number;
  /** Stands for the text: only the same text has it. */
  key?: string;
  content(): string;
}

/** How a build plans its search pages from an earlier one's record. */
export interface SearchPagePlanning {
  /** A month page's key, when its events have content keys: none otherwise. */
  keyOf(url: string, month: MonthGroup): string | undefined;
  /** The length of the page text an earlier build recorded under `key`. */
  known(key: string): number | undefined;
}

/**
 * One search page per month of the chronology, each event a sub-result: Pagefind turns every heading with an id into
 * a result of its own, linked to that anchor of the month page, where the event's card carries the same id.
 * A page per month rather than a record per event keeps the index's metadata, which a first search downloads whole,
 * proportional to the months of the archive instead of its events (68 000 records at 10 000 articles).
 *
 * December 2016 → { url: "/annees/2016/12/", content: "<html lang=fr>…<h2 id=2016-12-30-…>30 décembre 2016 · Rejet · …" }.
 */
export function monthSearchPages(timeline: Pick<Timeline, "years">, planning?: SearchPagePlanning): PlannedSearchPage[] {
  return timeline.years.flatMap((year) =>
    year.months.map((month) => {
      // A group of events known only by their year is the year's page.
      const url = monthUrl(month.key);
      const key = planning?.keyOf(url, month);
      let text: string | undefined;
      const content = () => (text ??= searchDocument(month.label, month.key, month.events));
      const chars = (key === undefined ? undefined : planning!.known(key)) ?? content().length;
      return { url, chars, key, content };
    }),
  );
}

/** The year of a month search page, from its address (see monthUrl): "/annees/2016/12/" → 2016. */
export function yearOfSearchPage(url: string): number {
  return Number(/^\/annees\/(\d{4})\//u.exec(url)?.[1] ?? NaN);
}

function searchDocument(label: string, key: string, events: EventRecord[]): string {
  const filters = [
    ["contenu", "Événement"],
    ["année", key.slice(0, 4)],
    ...distinct(events.map((event) => event.typeLabel)).map((type) => ["type", type]),
    ...distinct(events.flatMap((event) => event.actors.map((actor) => actor.name))).map((name) => ["acteur", name]),
    ...distinct(events.flatMap((event) => event.sources.flatMap((source) => (source.outlet ? [source.outlet] : [])))).map((outlet) => ["média", outlet]),
  ];
  return [
    `<!doctype html><html lang="fr"><head><title>${escapeHtml(label)}</title></head><body>`,
    ...filters.map(([name, value]) => `<span data-pagefind-filter="${escapeHtml(`${name}:${shownAsHtml(value)}`)}"></span>`),
    `<span data-pagefind-meta="${escapeHtml(`title:${label}`)}"></span><span data-pagefind-sort="date:${key}"></span>`,
    `<main data-pagefind-body><h1>${escapeHtml(label)}</h1>`,
    ...events.map(eventSection),
    "</main></body></html>",
  ].join("");
}

/**
 * What readers search on the event's card: the heading (the sub-result's title: date, type and title), the actors,
 * the sentences and the outlets. The titles of the articles it comes from are left out: they say what the article is
 * about rather than what happened, they are a quarter of the text at archive scale (an event told by many articles
 * lists them all), and Pagefind's time grows with the text it indexes; the month page shows them.
 */
function eventSection(event: EventRecord): string {
  const date = eventDate(event.date, event.precision, event.approximate);
  // A sentence that several outlets ran word for word (agency copy) is indexed once, and each outlet once.
  const sentences = [...new Set(event.sources.map((source) => source.sentence))].map((sentence) => `<p>${escapeHtml(sentence)}</p>`);
  const outlets = [...new Set(event.sources.flatMap((source) => (source.outlet ? [source.outlet] : [])))];
  const actors = event.actors.length > 0 ? `<p>Acteurs : ${escapeHtml(event.actors.map((actor) => actor.name).join(", "))}</p>` : "";
  return `<section><h2 id="${escapeHtml(event.id)}">${escapeHtml(`${date} · ${event.typeLabel} · ${event.title}`)}</h2>${actors}${sentences.join("")}`
    + (outlets.length > 0 ? `<p>${escapeHtml(`Sources : ${outlets.join(", ")}`)}</p>` : "") + "</section>";
}

/** One record per actor with events: name, description and how many events, from memory. */
export function actorSearchRecords(actors: ActorView[]): SearchRecord[] {
  return actors.map((actor) => ({
    url: actorUrl(actor.id),
    // Read as the result's excerpt: « Sergueï Lavrov. Ministre des Affaires étrangères… 2 événements dans la chronologie. »
    content: [actor.name, actor.description ?? "", `${actor.count} événement${actor.count > 1 ? "s" : ""} dans la chronologie`]
      .filter(Boolean).map((part) => (/[.!?]$/u.test(part) ? part : `${part}.`)).join(" "),
    language: "fr",
    meta: { title: actor.name },
    filters: { contenu: ["Acteur"], acteur: [shownAsHtml(actor.name)] },
    sort: {},
  }));
}

/** Pagefind's UI prints filter values as HTML: « & < > » become look-alikes that cannot open markup. */
function shownAsHtml(value: string): string {
  return value.replace(/&/gu, "＆").replace(/</gu, "‹").replace(/>/gu, "›");
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, "fr"));
}

/** What the site's search covers: the events, by month, and the actors. Article pages are not indexed: their
 * events carry their titles and the sentences they were drawn from, and indexing whole bodies would weigh on every search. */
export function siteSearchContent(timeline: Pick<Timeline, "years" | "actors">, planning?: SearchPagePlanning): { pages: PlannedSearchPage[]; records: SearchRecord[] } {
  return { pages: monthSearchPages(timeline, planning), records: actorSearchRecords(timeline.actors) };
}
