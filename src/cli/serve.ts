import { watch } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { buildTimeline } from "../build.ts";
import { DEFAULT_CACHE_DIR, PROJECT_ROOT, writeSite } from "../site/write-site.ts";
import { DEFAULT_SITE } from "../site/default-site.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: path.join(PROJECT_ROOT, "articles") },
    output: { type: "string", default: path.join(PROJECT_ROOT, "_site") },
    data: { type: "string", default: path.join(PROJECT_ROOT, "src/data") },
    port: { type: "string", default: "8080" },
  },
});
const output = path.resolve(values.output!);

/** Builds the whole site; on a bad article, keeps serving the previous build and says why. */
async function rebuild(): Promise<boolean> {
  try {
    // The caches make a rebuild after one edit extract and render only what the edit changed.
    const timeline = await buildTimeline({ articles: values.articles!, data: values.data!, cache: DEFAULT_CACHE_DIR });
    const summary = await writeSite(timeline, DEFAULT_SITE, output, undefined, { cache: DEFAULT_CACHE_DIR });
    console.log(`${timeline.articles.length} articles, ${timeline.events.length} events, ${summary.pages} pages`);
    await summary.removal;
    return true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return false;
  }
}

await rebuild();
const server = EleventyDevServer.getServer("chronique", output, { domDiff: false, showVersion: false });
server.serve(Number(values.port));
console.log(`Serving ${path.relative(process.cwd(), output) || "."} on http://localhost:${values.port}/ — edits to articles and layouts rebuild the site.`);

let pending: NodeJS.Timeout | undefined;
for (const folder of [values.articles!, values.data!, path.join(PROJECT_ROOT, "layouts")]) {
  watch(folder, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      if (await rebuild()) server.reload({ files: [] });
    }, 200);
  });
}
