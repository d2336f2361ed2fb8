// Eleventy wiring for `npx tsx node_modules/.bin/eleventy --config=.eleventy.ts`; `npm run build` does the same
// through src/site/write-site.ts, in a staging folder that it swaps in atomically.
import { buildTimeline } from "./src/build.ts";
import { configureSite } from "./src/site/configure-site.ts";
import { DEFAULT_SITE } from "./src/site/default-site.ts";
import { itemPageContext, itemPages } from "./src/site/item-pages.ts";
import { writeItemPages } from "./src/site/write-item-pages.ts";
import { givenEvents, writeExports } from "./src/site/write-exports.ts";
import { writeSearchParts } from "./src/site/search-index.ts";
import { siteSearchContent } from "./src/site/search-records.ts";
import { mergedFolders, searchParts, writtenPart } from "./src/site/search-parts.ts";

type Config = Parameters<typeof configureSite>[0] & {
  on(event: "eleventy.after", run: (context: { directories: { output: string } }) => Promise<unknown>): void;
};

export default async function (eleventyConfig: Config) {
  const timeline = await buildTimeline({ articles: "articles", data: "src/data" });
  const parts = searchParts(siteSearchContent(timeline));
  const site = { ...DEFAULT_SITE, searchParts: mergedFolders(parts) };
  configureSite(eleventyConfig, timeline, site, "layouts/assets");
  // Article and event pages are rendered outside Eleventy's pagination (see item-pages.ts), the exports are streamed,
  // then the search is indexed.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await writeItemPages(itemPages(timeline), itemPageContext(timeline, site, "layouts"), directories.output);
    await writeExports({ count: timeline.events.length, updated: timeline.updated }, site, directories.output, givenEvents(timeline.events));
    await writeSearchParts(directories.output, parts.map(writtenPart));
  });
}

export const config = { dir: { input: "layouts/pages", output: "_site" } };
