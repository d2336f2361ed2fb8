import type { CalendarDate, Precision } from "../types.ts";

/** The precision a calendar date is written at: "2016-12-30" day, "2016-12" month, "2016" year. */
export function precisionOf(date: CalendarDate): Precision {
  return date.length >= 10 ? "day" : date.length === 7 ? "month" : "year";
}

/**
 * French date at the precision the text gives.
 * "2016-12-30" → « 30 décembre 2016 », "2016-12" → « décembre 2016 », "2016" → « 2016 »; the 1st is « 1er ».
 */
export function frenchDate(date: CalendarDate, precision: Precision = precisionOf(date)): string {
  // Pages and exports print the same few thousand dates over and over: each is formatted once. One map per precision,
  // so that a look-up builds no key.
  let labels = frenchDates.get(precision);
  if (!labels) frenchDates.set(precision, (labels = new Map()));
  let text = labels.get(date);
  if (text === undefined) labels.set(date, (text = formatFrenchDate(date, precision)));
  return text;
}

const frenchDates = new Map<Precision, Map<CalendarDate, string>>();

/** The month names of the "fr" locale (what luxon's "LLLL" prints), January first. */
const FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A valid calendar date in French; the parts it lacks are the first month and day, as when parsed. */
function formatFrenchDate(date: CalendarDate, precision: Precision): string {
  // Read as numbers and written back: no Date, so no time zone can move a day.
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  if (precision === "year") return String(year);
  const monthYear = `${FRENCH_MONTHS[month - 1]} ${String(year).padStart(4, "0")}`;
  if (precision === "month") return monthYear;
  return `${day === 1 ? "1er" : day} ${monthYear}`;
}

/** French date of an event, honest about approximation: « au plus tard le 27 juillet 2016 », « au plus tard en décembre 2016 ». */
export function eventDate(date: CalendarDate, precision: Precision, approximate = false): string {
  const text = frenchDate(date, precision);
  if (!approximate) return text;
  return precision === "day" ? `au plus tard le ${text}` : precision === "month" ? `au plus tard en ${text}` : `au plus tard en ${text}`;
}

/** The value of `<time datetime>`: the calendar date at its precision is already valid HTML ("2016-12", "2016"). */
export function datetimeAttr(date: CalendarDate): string {
  return date;
}

/** « décembre 2016 » from "2016-12". */
export function monthLabel(month: string): string {
  return frenchDate(month, "month");
}

/** Capitalises the first letter: « décembre 2016 » → « Décembre 2016 ». */
export function capitalize(text: string): string {
  return text ? text[0].toLocaleUpperCase("fr") + text.slice(1) : text;
}

/** « 1 source », « 2 sources ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

/** JSON for embedding in a page or writing a file, stable and pretty. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** An Atom/RFC 3339 time for a calendar date, at midnight UTC: "2016-12-30" → "2016-12-30T00:00:00Z", "2016-12" → "2016-12-01T00:00:00Z". */
export function rfc3339(date: CalendarDate): string {
  const day = date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  return `${day}T00:00:00Z`;
}

/**
 * The site-relative paths of the HTML pages of an Eleventy collection, sorted and without their leading slash,
 * for the sitemap: [{ url: "/acteurs/" }, { url: "/" }, { url: "/events.json" }] → ["", "acteurs/"].
 */
export function htmlPageUrls(items: { url?: string | false }[]): string[] {
  const urls = items.map((item) => item.url).filter((url): url is string => typeof url === "string" && url.endsWith("/"));
  return [...new Set(urls)].sort().map((url) => url.replace(/^\//, ""));
}

/** How many distinct articles a list of sources comes from: three sentences of one article are one article. */
export function articleCount(sources: { article: string }[]): number {
  return new Set(sources.map((source) => source.article)).size;
}

/**
 * Where an event sits in the chronology: its card on its month's page, or on its year's page for an event known only
 * by its year. Those pages exist whatever the size of the archive (the home page stops listing events above a limit).
 * { id: "2016-12-30-rejet-…", date: "2016-12-30" } → "/annees/2016/12/#2016-12-30-rejet-…".
 */
export function chronologyUrl(event: { id: string; date: CalendarDate; precision: Precision }): string {
  return `${chronologyPage(event)}#${event.id}`;
}

/** The page listing an event: "/annees/2016/12/", or "/annees/2016/" for an event dated to the year. */
export function chronologyPage(event: { date: CalendarDate; precision: Precision }): string {
  return monthUrl(monthKeyOf(event));
}

/** The group of the chronology an event is listed in: its month, "2016-12", or its year, "2016", when dated to the year. */
export function monthKeyOf(event: { date: CalendarDate; precision: Precision }): string {
  return event.precision === "year" ? event.date.slice(0, 4) : event.date.slice(0, 7);
}

/** The page of an article: "2016-12-30-poutine-renonce" → "/articles/2016-12-30-poutine-renonce/". */
export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

/** Where a source sentence stands on its article's page: "/articles/<slug>/#phrase-3". */
export function sentenceUrl(source: { article: string; anchor: string }): string {
  return `${articleUrl(source.article)}#${source.anchor}`;
}

/**
 * The page of an event: "/evenements/<id>.html". A file, not a folder of its own: an archive has four events to an
 * article, and a folder per page doubled the file system's work of writing the site (see the README's Performance).
 */
export function eventUrl(id: string): string {
  return `/evenements/${id}.html`;
}

/** The page of an actor: "vladimir-poutine" → "/acteurs/vladimir-poutine/". */
export function actorUrl(id: string): string {
  return `/acteurs/${id}/`;
}

/** The page of a group of the chronology: "2016-12" → "/annees/2016/12/", "2016" → "/annees/2016/". */
export function monthUrl(key: string): string {
  return `/annees/${key.replace("-", "/")}/`;
}
