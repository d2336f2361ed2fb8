import type { EventRecord } from "../types.ts";
import type { SiteInfo } from "./configure-site.ts";
import type { ActorView, ArticleView } from "./timeline-view.ts";
import { siteUrl } from "./site-url.ts";
import { actorUrl, articleUrl, eventUrl } from "./filters.ts";

type JsonLd = Record<string, unknown>;

const KIND_TYPES: Record<ActorView["kind"], string> = { person: "Person", institution: "Organization", country: "Country" };

/**
 * schema.org NewsArticle for an article page: headline, publication date at its precision, outlet, author,
 * the original address when known, and the page's own address.
 */
export function articleJsonLd(article: ArticleView, site: SiteInfo): JsonLd {
  const url = siteUrl(articleUrl(article.slug), site.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    inLanguage: "fr",
    datePublished: article.published,
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    ...(article.source ? { publisher: { "@type": "Organization", name: article.source } } : {}),
    ...(article.url ? { isBasedOn: article.url, sameAs: article.url } : {}),
    isPartOf: { "@type": "WebSite", name: site.title, url: site.url },
  };
}

/**
 * schema.org Event for an event page: name, start date at its precision (« 2016-12 » is valid ISO 8601), the type
 * as a keyword, the actors it is about, and the news articles that report it.
 */
export function eventJsonLd(event: EventRecord, site: SiteInfo, kinds: Map<string, ActorView["kind"]>): JsonLd {
  const url = siteUrl(eventUrl(event.id), site.url);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: event.title,
    startDate: event.date,
    inLanguage: "fr",
    keywords: event.typeLabel,
    eventStatus: event.planned ? "https://schema.org/EventScheduled" : undefined,
    about: event.actors.map((actor) => ({
      "@type": KIND_TYPES[kinds.get(actor.id) ?? "institution"],
      name: actor.name,
      url: siteUrl(actorUrl(actor.id), site.url),
    })),
    subjectOf: event.sources.map((source) => ({
      "@type": "NewsArticle",
      headline: source.articleTitle,
      datePublished: source.published,
      url: siteUrl(articleUrl(source.article), site.url),
      ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
    })),
  };
}
