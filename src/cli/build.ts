import path from "node:path";
import { parseArgs } from "node:util";
import { buildTimeline } from "../build.ts";
import { tightenHeap } from "./tighten-heap.ts";
import { feedSearchAhead, readKeptSearchPages } from "../site/search-index-worker.ts";
import { searchPagesFile } from "../site/previous-build.ts";
import { DEFAULT_CACHE_DIR, PROJECT_ROOT, recoverOutput, startSiteWorkers, writeSite } from "../site/write-site.ts";
import { SourceError, SourceErrors } from "../errors.ts";
import { DEFAULT_SITE } from "../site/default-site.ts";
import { normalizeSiteUrl } from "../site/site-url.ts";
import { StageClock } from "../stage-clock.ts";

const usage = "usage: npm run build -- [--articles DIR] [--output DIR] [--data DIR] [--title TEXT] [--description TEXT] [--url https://exemple.org/chronique/] [--today YYYY-MM-DD] [--cache-dir DIR | --no-cache] [--threads N] [--stages]";

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
 * « (40 pages and the search index unchanged since the last build) », « (…; 380 search pages fed ahead) », or nothing
 * on a build that kept nothing.
 */
function keptNote(reused: { pages: number; search: boolean; searchAhead: number }): string {
  const kept = [reused.pages > 0 ? `${reused.pages} pages` : "", reused.search ? "the search index" : ""].filter(Boolean);
  const ahead = reused.searchAhead > 0 ? `${reused.searchAhead} search pages fed ahead` : "";
  const notes = [kept.length > 0 ? `${kept.join(" and ")} unchanged since the last build` : "", ahead].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join("; ")})` : "";
}

// The site's worker threads load their code while the timeline is built.
const workers = startSiteWorkers();
try {
  await recoverOutput(values.output!);
  const clock = new StageClock(progressLine());
  const cache = values["no-cache"] ? undefined : values["cache-dir"];
  // While the chronology is made, Pagefind can be fed the last build's pages of the years no change reaches.
  if (cache) readKeptSearchPages(workers.search, searchPagesFile(cache, values.output!));
  const changedFrom = (year: number | undefined) => {
    if (cache && year !== undefined) feedSearchAhead(workers.search, year);
  };
  const timeline = await buildTimeline({ articles: values.articles!, data: values.data!, today: values.today!, cache }, clock, { changedFrom });
  tightenHeap(25);
  const summary = await writeSite(timeline, { title: values.title!, description: values.description!, url: publicUrl }, values.output!, clock, { cache, threads: Number(values.threads), workers });
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
