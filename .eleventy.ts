// Eleventy wiring for `npx tsx node_modules/.bin/eleventy --config=.eleventy.ts`; `npm run build` does the same
// through src/site/write-site.ts, then indexes the site and swaps it in atomically.
import { buildTimeline } from "./src/build.ts";
import { configureSite } from "./src/site/configure-site.ts";
import { DEFAULT_SITE } from "./src/site/default-site.ts";

export default async function (eleventyConfig: Parameters<typeof configureSite>[0]) {
  const timeline = await buildTimeline({ articles: "articles", data: "src/data" });
  configureSite(eleventyConfig, timeline, DEFAULT_SITE, "layouts/assets");
}

export const config = { dir: { input: "layouts/pages", output: "_site" } };
