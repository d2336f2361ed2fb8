import { articleUrl, eventUrl } from "./filters.ts";

/** The sitemap protocol's limit: a sitemap file lists at most 50 000 URLs (sitemaps.org), and a larger one is refused. */
export const SITEMAP_LIMIT = 50_000;

/**
 * The article and event pages, as site paths without their leading slash, in sitemap files of at most `limit` each:
 * a site of 10 000 articles has some 50 000 pages, more than one file may list. The other pages (home, listings,
 * actors, months) are a few hundred whatever the archive: they have a file of their own.
 * 3 articles and 2 events with a limit of 4 → [["articles/a/", "articles/b/", "articles/c/", "evenements/x.html"], ["evenements/y.html"]].
 */
export function sitemapParts(timeline: { articles: { slug: string }[]; events: { id: string }[] }, limit = SITEMAP_LIMIT): string[][] {
  const paths = [...timeline.articles.map((article) => articleUrl(article.slug).slice(1)), ...timeline.events.map((event) => eventUrl(event.id).slice(1))];
  const parts: string[][] = [];
  for (let start = 0; start < paths.length; start += limit) parts.push(paths.slice(start, start + limit));
  return parts;
}
