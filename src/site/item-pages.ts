import path from "node:path";
import nunjucks from "nunjucks";
import type { EventRecord } from "../types.ts";
import type { ActorView, ArticleView, Timeline } from "./timeline-view.ts";
import { actorKinds, siteFilters, type ActorKinds, type SiteInfo } from "./configure-site.ts";
import { relativizeUrls } from "./relative-urls.ts";
import { renderArticleBody } from "./render-article.ts";
import { actorUrl, articleUrl, eventUrl, monthUrl } from "./filters.ts";

/**
 * A page of one item of the archive: an article (/articles/<slug>/), an event (/evenements/<id>.html), a month of the
 * chronology (/annees/YYYY/MM/) or an actor (/acteurs/<id>/). There are about eight of them per article, so they are
 * rendered straight from their Nunjucks templates and kept when unchanged (see kept-pages.ts), rather than through
 * Eleventy's pagination, whose per-page machinery cost a millisecond a page, and whose month and actor pages, every
 * event's card, most of its time and memory. Eleventy renders the listings.
 */
export type ItemPage =
  | { kind: "article"; url: string; article: ArticleView }
  | { kind: "evenement"; url: string; event: EventRecord }
  | { kind: "mois"; url: string; month: Timeline["months"][number] }
  | { kind: "acteur"; url: string; actor: ActorView };

/** What every item page depends on besides its own item: plain data, handed to each worker once. */
export interface ItemPageContext {
  site: SiteInfo;
  kinds: ActorKinds;
  /** The layouts folder: shells/ and parts/. */
  layouts: string;
}

export function itemPages(timeline: Pick<Timeline, "articles" | "events" | "months" | "actors">): ItemPage[] {
  return [
    ...timeline.articles.map((article): ItemPage => ({ kind: "article", url: articleUrl(article.slug), article })),
    ...timeline.events.map((event): ItemPage => ({ kind: "evenement", url: eventUrl(event.id), event })),
    ...timeline.months.map((month): ItemPage => ({ kind: "mois", url: monthUrl(month.key), month })),
    ...timeline.actors.map((actor): ItemPage => ({ kind: "acteur", url: actorUrl(actor.id), actor })),
  ];
}

export function itemPageContext(timeline: Pick<Timeline, "actors">, site: SiteInfo, layouts: string): ItemPageContext {
  return { site, kinds: actorKinds(timeline.actors), layouts };
}

/** The page descriptions (meta description, Open Graph), as plain text. */
const DESCRIPTIONS = {
  evenement: "{{ event.date | eventDate(event.precision, event.approximate) | capitalize }} · {{ event.typeLabel }} · "
    + "{{ event.sources.length | plural('source') }} : {{ event.sources[0].sentence | truncate(150, false, '…') }}",
  article: "{% if article.source %}{{ article.source }}, {% endif %}{{ article.published | frenchDate }} : "
    + "{{ article.events.length | plural('événement') }} daté{% if article.events.length > 1 %}s{% endif %} dans la chronologie, avec la phrase qui les donne.",
  mois: "Les {{ month.events | length | plural('événement') }} de {{ month.label | lower }}, chacun avec la phrase qui le date.",
  acteur: "{% if actor.description %}{{ actor.description }} — {% endif %}{{ actor.count | plural('événement') }} dans la chronologie.",
};

/**
 * Turns an item page into its HTML, with the same shell, filters and relative links as Eleventy's pages.
 * Pure once the templates are read: the same page gives the same bytes.
 */
export function itemPageRenderer(context: ItemPageContext): (page: ItemPage) => string {
  const environment = (autoescape: boolean) => {
    const loader = new nunjucks.FileSystemLoader([path.join(context.layouts, "shells"), path.join(context.layouts, "parts")]);
    const env = new nunjucks.Environment(loader, { autoescape, throwOnUndefined: false });
    for (const [name, fn] of Object.entries(siteFilters(context.kinds, context.site))) env.addFilter(name, fn);
    return env;
  };
  const html = environment(true);
  const text = environment(false);
  const shell = html.getTemplate("base.njk", true);
  const bodies = {
    evenement: html.getTemplate("event-page.njk", true),
    article: html.getTemplate("article-page.njk", true),
    mois: html.getTemplate("month-page.njk", true),
    acteur: html.getTemplate("actor-page.njk", true),
  };
  const descriptions = {
    evenement: nunjucks.compile(DESCRIPTIONS.evenement, text),
    article: nunjucks.compile(DESCRIPTIONS.article, text),
    mois: nunjucks.compile(DESCRIPTIONS.mois, text),
    acteur: nunjucks.compile(DESCRIPTIONS.acteur, text),
  };
  return (item) => {
    const own = item.kind === "article" ? { article: item.article, articleHtml: articleHtml(item.article), pageTitle: item.article.title }
      : item.kind === "evenement" ? { event: item.event, pageTitle: item.event.title }
      : item.kind === "mois" ? { month: item.month, pageTitle: item.month.label }
      : { actor: item.actor, pageTitle: item.actor.name };
    const data = { site: context.site, page: { url: item.url }, pageKind: item.kind, ...own };
    const page = { ...data, pageDescription: descriptions[item.kind].render(data) };
    return relativizeUrls(shell.render({ ...page, content: bodies[item.kind].render(page) }), item.url);
  };
}

/** The article's text as safe HTML, its sourced sentences marked. */
function articleHtml(article: ArticleView): string {
  return renderArticleBody(article.body, article.sentences, new Set(article.sourced));
}
