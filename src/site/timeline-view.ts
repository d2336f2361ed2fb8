import type { Actor, Article, Diagnostic, EventRecord, EventType, IsoDay } from "../types.ts";
import type { Chronology, ContentKeys } from "../chronology/build-chronology.ts";
import type { AnchoredSentence } from "../extract/extract-events.ts";
import { capitalize, monthKeyOf, monthLabel } from "./filters.ts";
import { tensionChart, type TensionChart } from "./tension-chart.ts";

export interface ArticleView {
  slug: string;
  title: string;
  source?: string;
  author?: string;
  url?: string;
  published: string;
  publishedPrecision: "day" | "month";
  /** What the article page's text is rendered from (see renderArticleBody): rendered with the page, so that a build
   * that keeps the page unchanged never renders it. */
  body: string;
  sentences: AnchoredSentence[];
  /** Anchors of the sentences that gave events, in text order. */
  sourced: string[];
  events: EventRecord[];
}

export interface ActorView {
  id: string;
  name: string;
  kind: Actor["kind"];
  description?: string;
  /** The actor's events, the latest LISTING_LIMIT of them for a prolific actor. */
  events: EventRecord[];
  /** How many events the actor has in all, and how many per year. */
  count: number;
  years: { year: string; count: number }[];
}

export interface MonthGroup {
  /** "2016-12", or "2016" for the events known only by their year. */
  key: string;
  label: string;
  events: EventRecord[];
}

export interface YearGroup {
  year: string;
  count: number;
  months: MonthGroup[];
}

/** Everything the templates print, computed once: templates loop and print, they do not compute. */
export interface Timeline {
  events: EventRecord[];
  articles: ArticleView[];
  actors: ActorView[];
  years: YearGroup[];
  /** Every month that has events, each with its own page (/annees/2016/12/). */
  months: (MonthGroup & { year: string })[];
  /** True when the archive is too large for the home page to list every event (see LISTING_LIMIT). */
  compact: boolean;
  listingLimit: number;
  types: { id: string; label: string; count: number }[];
  diagnostics: Diagnostic[];
  /** The latest publication day of the articles: the date of the exports, so that they never depend on the clock. */
  updated: IsoDay;
  /** The most recently reported events first, for the Atom feed (at most FEED_SIZE). */
  feed: FeedEntry[];
  /** The conflict–cooperation chart of the home page; absent when no event is dated to the month. */
  chart?: TensionChart;
  /** Keys that stand for the events' and articles' content, for the pages' fingerprints; absent without the caches. */
  contentKeys?: ContentKeys;
}

export interface FeedEntry {
  event: EventRecord;
  /** First and latest publication days of the event's sources. */
  published: IsoDay;
  updated: IsoDay;
}

function countByYear(events: EventRecord[]): { year: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.date.slice(0, 4), (counts.get(event.date.slice(0, 4)) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count }));
}

/** The keys of a record in events.json, in this order whatever order the stages set them in. */
const RECORD_KEYS: (keyof EventRecord)[] = [
  "id", "date", "precision", "approximate", "planned", "title", "type", "typeLabel", "cameo", "goldstein",
  "actors", "sourceActor", "targetActor", "sources", "editorial",
];

/** A record of events.json: the keys in RECORD_KEYS order. */
export function inRecordOrder(event: EventRecord): EventRecord {
  const ordered: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) if (event[key] !== undefined) ordered[key] = event[key];
  for (const key of Object.keys(event).sort()) if (!(key in ordered) && event[key as keyof EventRecord] !== undefined) ordered[key] = event[key as keyof EventRecord];
  return ordered as unknown as EventRecord;
}

/** Groups items under each of their keys, keeping the items' order; an item is listed once per distinct key. */
function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Above this many events a listing page stops printing every card: the home page gives an overview by year and month,
 * a year page links to its month pages, an actor page shows its latest events. No page grows with the archive.
 */
export const LISTING_LIMIT = 300;

/** How many events the Atom feed carries. */
export const FEED_SIZE = 100;

/** Builds the view of the chronology the site is made of. */
export function timelineView(articles: Article[], chronology: Chronology, actors: Actor[], types: EventType[]): Timeline {
  const { events } = chronology;
  const years = groupByYear(events);
  // Indexes built once: at archive scale, filtering every event per article or per actor is quadratic.
  const byArticle = groupBy(events, (event) => event.sources.map((source) => source.article));
  const byActor = groupBy(events, (event) => event.actors.map((actor) => actor.id));
  const byType = groupBy(events, (event) => [event.type]);
  const articleViews = [...articles]
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1))
    .map((article): ArticleView => {
      const sentences = chronology.sentencesByArticle.get(article.slug) ?? [];
      const own = byArticle.get(article.slug) ?? [];
      const sourced = new Set(own.flatMap((event) => event.sources.filter((source) => source.article === article.slug).map((source) => source.anchor)));
      return {
        slug: article.slug,
        title: article.title,
        source: article.source,
        author: article.author,
        url: article.url,
        published: article.published,
        publishedPrecision: article.publishedPrecision,
        body: article.body,
        sentences,
        sourced: sentences.filter((sentence) => sourced.has(sentence.anchor)).map((sentence) => sentence.anchor),
        events: own,
      };
    });

  const actorViews = actors
    .map((actor) => {
      const own = byActor.get(actor.id) ?? [];
      // A prolific actor's page lists the latest events and counts the rest by year.
      return { id: actor.id, name: actor.name, kind: actor.kind, description: actor.description, events: own.slice(-LISTING_LIMIT), count: own.length, years: countByYear(own) };
    })
    .filter((actor) => actor.events.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));

  return {
    events,
    articles: articleViews,
    actors: actorViews,
    years,
    months: years.flatMap((year) => year.months.filter((month) => month.key.length === 7).map((month) => ({ ...month, year: year.year }))),
    compact: events.length > LISTING_LIMIT,
    listingLimit: LISTING_LIMIT,
    types: types
      .map((type) => ({ id: type.id, label: type.label, count: byType.get(type.id)?.length ?? 0 }))
      .filter((type) => type.count > 0),
    diagnostics: chronology.diagnostics,
    updated: articles.map((article) => firstDayOf(article.published)).sort().at(-1) ?? "1970-01-01",
    feed: feedEntries(events),
    chart: tensionChart(events, { marks: events.length <= LISTING_LIMIT }),
    contentKeys: chronology.contentKeys,
  };
}

/** "2016-12" → "2016-12-01": a month-precision publication counts from its first day. */
function firstDayOf(date: string): IsoDay {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** Newest reports first (latest source publication, then the event's place in the chronology, reversed). */
function feedEntries(events: EventRecord[]): FeedEntry[] {
  return events
    .map((event, index) => {
      const days = event.sources.map((source) => firstDayOf(source.published)).sort();
      return { entry: { event, published: days[0], updated: days.at(-1)! }, index };
    })
    .sort((a, b) => (a.entry.updated < b.entry.updated ? 1 : a.entry.updated > b.entry.updated ? -1 : b.index - a.index))
    .slice(0, FEED_SIZE)
    .map(({ entry }) => entry);
}

function groupByYear(events: EventRecord[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const key = monthKeyOf(event);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, count: 0, months: [] }));
    let month = group.months.at(-1);
    if (month?.key !== key) group.months.push((month = { key, label: key.length === 4 ? `Année ${year}` : capitalize(monthLabel(key)), events: [] }));
    month.events.push(event);
    group.count++;
  }
  return years;
}
