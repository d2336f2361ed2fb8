import path from "node:path";
import { parseArgs } from "node:util";
import { buildTimeline } from "../build.ts";
import { tightenHeap } from "./tighten-heap.ts";
import { DEFAULT_CACHE_DIR, PROJECT_ROOT, recoverOutput, startSiteWorkers, writeSite } from "../site/write-site.ts";
import { SourceError, SourceErrors } from "../errors.ts";
import { DEFAULT_SITE } from "../site/default-site.ts";
import { normalizeSiteUrl } from "../site/site-url.ts";
import { StageClock } from "../stage-clock.ts";

const usage = "usage: npm run build -- [--articles DIR] [--output DIR] [--data DIR] [--title TEXT] [--description TEXT] [--url https://exemple.org/chronique/] [--today YYYY-MM-DD] [--cache-dir DIR | --no-cache] [--threads N] [--search-part-chars N] [--stages]";

let values;
try {
  ({ values } = parseArgs({
    options: {
      articles: { type: "string", default: path.join(PROJECT_ROOT, "articles") },
      output: { type: "string", default: path.join(PROJECT_ROOT, "_site") },
      data: { type: "string", default: path.join(PROJECT_ROOT, "src/data") },
      title: { type: "string", default: DEFAULT_SITE.title },
      description: { type: "string", default: DEFAULT_SITE.description },
      url: { type: "string", default: DEFAULT_SITE.url },
      // The only clock read of the build: it refuses future publication dates and never reaches the output.
      today: { type: "string", default: new Date().toISOString().slice(0, 10) },
      // Unchanged articles are not extracted again: results are kept under --cache-dir, keyed by content hash.
      "cache-dir": { type: "string", default: DEFAULT_CACHE_DIR },
      "no-cache": { type: "boolean", default: false },
      // Worker threads rendering the article and event pages; 1 renders them on the main thread.
      threads: { type: "string", default: "1" },
      // Characters of page text per part of the search index (see searchParts): smaller parts, quicker rebuilds, more
      // bytes for a first search.
      "search-part-chars": { type: "string" },
      // Prints the time spent in each stage, for the benchmark.
      stages: { type: "boolean", default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.today!)) {
  console.error(`--today "${values.today}" is not a day; write --today YYYY-MM-DD\n${usage}`);
  process.exit(2);
}
if (!/^[1-9]\d?$/u.test(values.threads!)) {
  console.error(`--threads "${values.threads}" is not a number of threads; write --threads 2, for instance\n${usage}`);
  process.exit(2);
}
if (values["search-part-chars"] !== undefined && !/^[1-9]\d*$/u.test(values["search-part-chars"])) {
  console.error(`--search-part-chars "${values["search-part-chars"]}" is not a number of characters; write --search-part-chars 6000000, for instance\n${usage}`);
  process.exit(2);
}
let publicUrl: string;
try {
  publicUrl = normalizeSiteUrl(values.url!);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

/** A one-line progress report on a terminal; nothing when output goes to a file, a pipe or CI. */
function progressLine(): ((stage: string, done?: number, total?: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  return (stage, done, total) => {
    const count = done === undefined || total === undefined ? "" : ` ${done} / ${total} articles`;
    process.stderr.write(`\r\x1b[2K${stage}…${count}`);
  };
}

/**
 * « (40 pages and the search index unchanged since the last build) », « (53 000 pages and 3 of 5 search index parts
 * unchanged…) », or nothing on a build that kept nothing.
 */
function keptNote(reused: { pages: number; searchParts: number; of: number }): string {
  const search = reused.searchParts === 0 ? "" : reused.searchParts === reused.of ? (reused.of === 1 ? "the search index" : "the search index parts") : `${reused.searchParts} of ${reused.of} search index parts`;
  const kept = [reused.pages > 0 ? `${reused.pages} pages` : "", search].filter(Boolean);
  return kept.length > 0 ? ` (${kept.join(" and ")} unchanged since the last build)` : "";
}

// The site's worker threads load their code while the timeline is built.
const workers = startSiteWorkers();
try {
  await recoverOutput(values.output!);
  const clock = new StageClock(progressLine());
  const cache = values["no-cache"] ? undefined : values["cache-dir"];
  const timeline = await buildTimeline({ articles: values.articles!, data: values.data!, today: values.today!, cache }, clock);
  tightenHeap(25);
  const summary = await writeSite(timeline, { title: values.title!, description: values.description!, url: publicUrl }, values.output!, clock, {
    cache,
    threads: Number(values.threads),
    workers,
    ...(values["search-part-chars"] ? { searchPartChars: Number(values["search-part-chars"]) } : {}),
  });
  for (const diagnostic of timeline.diagnostics) {
    if (process.env.CHRONIQUE_VERBOSE) console.warn(`${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}`);
  }
  if (process.stderr.isTTY && !process.env.CI) process.stderr.write("\r\x1b[2K");
  console.log(
    `${timeline.articles.length} articles, ${timeline.events.length} events, ${timeline.actors.length} actors, ` +
      `${summary.pages} pages, ${summary.indexed} pages in the search index${keptNote(summary.reused)} → ${path.relative(process.cwd(), path.resolve(values.output!)) || "."}`,
  );
  if (values.stages) console.log(`stages ${JSON.stringify(clock.stages)}`);
  await summary.removal;
} catch (error) {
  const stopped = "Build stopped, nothing was written (the previous site is unchanged)";
  if (error instanceof SourceErrors) {
    console.error(`${stopped}. ${error.message.replace(/:\n/u, " to fix:\n")}`);
  } else if (error instanceof SourceError) {
    console.error(`${stopped}. 1 error to fix:\n${error.message}`);
  } else {
    console.error(`${stopped}:\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  process.exitCode = 1;
} finally {
  await workers.close();
}
