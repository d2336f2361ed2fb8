import type { Timeline } from "./timeline-view.ts";
import * as filters from "./filters.ts";
import { relativizeUrls } from "./relative-urls.ts";

/** What the site says about itself: its title and one-line description. */
export interface SiteInfo {
  title: string;
  description: string;
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

/** Wires the timeline, the filters and the assets into Eleventy; shared by .eleventy.ts and the build command. */
export function configureSite(eleventyConfig: EleventyConfig, timeline: Timeline, site: SiteInfo, assets: string): void {
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setLayoutsDirectory("../shells");
  eleventyConfig.setIncludesDirectory("../parts");
  eleventyConfig.addGlobalData("timeline", timeline);
  eleventyConfig.addGlobalData("site", site);
  for (const [name, fn] of Object.entries(filters)) eleventyConfig.addFilter(name, fn as (...args: any[]) => unknown);
  eleventyConfig.addPassthroughCopy({ [assets]: "assets" });
  eleventyConfig.addTransform("relative-urls", function (content) {
    const { url, outputPath } = this.page;
    return typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") ? relativizeUrls(content, url) : content;
  });
}
