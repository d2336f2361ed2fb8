import path from "node:path";
import { parseArgs } from "node:util";
import { buildTimeline } from "../build.ts";
import { PROJECT_ROOT, writeSite } from "../site/write-site.ts";
import { SourceError } from "../errors.ts";
import { DEFAULT_SITE } from "../site/default-site.ts";
import { StageClock } from "../stage-clock.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: path.join(PROJECT_ROOT, "articles") },
    output: { type: "string", default: path.join(PROJECT_ROOT, "_site") },
    data: { type: "string", default: path.join(PROJECT_ROOT, "src/data") },
    title: { type: "string", default: DEFAULT_SITE.title },
    description: { type: "string", default: DEFAULT_SITE.description },
    stages: { type: "boolean", default: false },
  },
});

try {
  const clock = new StageClock();
  const timeline = await clock.time("timeline", () => buildTimeline({ articles: values.articles!, data: values.data! }));
  const summary = await clock.time("site", () => writeSite(timeline, { title: values.title!, description: values.description! }, values.output!));
  for (const diagnostic of timeline.diagnostics) {
    if (process.env.CHRONIQUE_VERBOSE) console.warn(`${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}`);
  }
  console.log(
    `${timeline.articles.length} articles, ${timeline.events.length} events, ${timeline.actors.length} actors, ` +
      `${summary.pages} pages, ${summary.indexed} pages in the search index → ${path.relative(process.cwd(), path.resolve(values.output!)) || "."}`,
  );
  if (values.stages) console.log(`stages ${JSON.stringify(clock.stages)}`);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`Build stopped, nothing was written:\n${error.message}`);
  } else {
    console.error(`Build stopped, nothing was written:\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
