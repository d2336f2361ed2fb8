import type { Actor, Article, Diagnostic, EventRecord, EventType } from "../types.ts";
import type { Chronology } from "../chronology/build-chronology.ts";
import { renderArticleBody } from "./render-article.ts";
import { capitalize, monthLabel } from "./filters.ts";

export interface ArticleView {
  slug: string;
  title: string;
  source?: string;
  author?: string;
  url?: string;
  published: string;
  publishedPrecision: "day" | "month";
  html: string;
  events: EventRecord[];
}

export interface ActorView {
  id: string;
  name: string;
  kind: Actor["kind"];
  description?: string;
  events: EventRecord[];
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
  types: { id: string; label: string; count: number }[];
  diagnostics: Diagnostic[];
  /** The content of events.json. */
  eventsFile: { events: EventRecord[] };
}

/** Builds the view of the chronology the site is made of. */
export function timelineView(articles: Article[], chronology: Chronology, actors: Actor[], types: EventType[]): Timeline {
  const { events } = chronology;
  const articleViews = [...articles]
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.slug < b.slug ? -1 : 1))
    .map((article): ArticleView => {
      const sentences = chronology.sentencesByArticle.get(article.slug) ?? [];
      const own = events.filter((event) => event.sources.some((source) => source.article === article.slug));
      const sourced = new Set(own.flatMap((event) => event.sources.filter((source) => source.article === article.slug).map((source) => source.anchor)));
      return {
        slug: article.slug,
        title: article.title,
        source: article.source,
        author: article.author,
        url: article.url,
        published: article.published,
        publishedPrecision: article.publishedPrecision,
        html: renderArticleBody(article.body, sentences, sourced),
        events: own,
      };
    });

  const actorViews = actors
    .map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind, description: actor.description, events: events.filter((event) => event.actors.some((a) => a.id === actor.id)) }))
    .filter((actor) => actor.events.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));

  return {
    events,
    articles: articleViews,
    actors: actorViews,
    years: groupByYear(events),
    types: types
      .map((type) => ({ id: type.id, label: type.label, count: events.filter((event) => event.type === type.id).length }))
      .filter((type) => type.count > 0),
    diagnostics: chronology.diagnostics,
    eventsFile: { events },
  };
}

function groupByYear(events: EventRecord[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const key = event.precision === "year" ? year : event.date.slice(0, 7);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, count: 0, months: [] }));
    let month = group.months.at(-1);
    if (month?.key !== key) group.months.push((month = { key, label: key.length === 4 ? `Année ${year}` : capitalize(monthLabel(key)), events: [] }));
    month.events.push(event);
    group.count++;
  }
  return years;
}
