import type { Timeline } from "./timeline-view.ts";
import * as filters from "./filters.ts";
import { relativizeUrls } from "./relative-urls.ts";
import { sitemapParts } from "./sitemap.ts";
import { articleJsonLd, eventJsonLd } from "./structured-data.ts";
import { siteUrl } from "./site-url.ts";
import type { EventRecord } from "../types.ts";
import type { ActorView, ArticleView } from "./timeline-view.ts";

/** What the site says about itself: its title, one-line description and public address (ending with "/"). */
export interface SiteInfo {
  title: string;
  description: string;
  /** Where the site is published, e.g. "https://exemple.org/chronique/": only absolute URLs use it (feed, sitemap, canonical). */
  url: string;
  /** The folders of the search index parts merged into the first one (see searchParts); none for one index. */
  searchParts?: string[];
}

/** Minimal shape of Eleventy's configuration API used here. */
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: any[]) => unknown): void;
  addTransform(name: string, fn: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setTemplateFormats(formats: string[]): void;
  setLayoutsDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setQuietMode(quiet: boolean): void;
}

/** What kind of actor each actor id is, for the structured data of event pages; plain data, so workers can get it. */
export type ActorKinds = Record<string, ActorView["kind"]>;

export function actorKinds(actors: Pick<ActorView, "id" | "kind">[]): ActorKinds {
  return Object.fromEntries(actors.map((actor) => [actor.id, actor.kind]));
}

/** Every filter the templates use besides Nunjucks' own and the feed plugin's: shared by Eleventy and item-pages.ts. */
export function siteFilters(actorKindsById: ActorKinds, site: SiteInfo): Record<string, (...args: any[]) => unknown> {
  const kinds = new Map(Object.entries(actorKindsById));
  return {
    ...(filters as unknown as Record<string, (...args: any[]) => unknown>),
    siteUrl: (pathname: string) => siteUrl(pathname, site.url),
    eventJsonLd: (event: EventRecord) => filters.jsonForScript(eventJsonLd(event, site, kinds)),
    articleJsonLd: (article: ArticleView) => filters.jsonForScript(articleJsonLd(article, site)),
  };
}

/** Wires the timeline, the filters and the assets into Eleventy; shared by .eleventy.ts and the build command. */
export function configureSite(eleventyConfig: EleventyConfig, timeline: Timeline, site: SiteInfo, assets: string): void {
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setLayoutsDirectory("../shells");
  eleventyConfig.setIncludesDirectory("../parts");
  eleventyConfig.addGlobalData("timeline", timeline);
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("sitemapParts", sitemapParts(timeline));
  for (const [name, fn] of Object.entries(siteFilters(actorKinds(timeline.actors), site))) eleventyConfig.addFilter(name, fn);
  eleventyConfig.addPassthroughCopy({ [assets]: "assets" });
  eleventyConfig.addTransform("relative-urls", function (content) {
    const { url, outputPath } = this.page;
    return typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") ? relativizeUrls(content, url) : content;
  });
}
