import path from "node:path";
import { fileURLToPath } from "node:url";
import { SourceErrors } from "./errors.ts";
import { readArticles } from "./ingest/read-articles.ts";
import { loadActorRegistry } from "./extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "./extract/event-types/load-event-types.ts";
import { buildChronology } from "./chronology/build-chronology.ts";
import { timelineView, type Timeline } from "./site/timeline-view.ts";
import { StageClock } from "./stage-clock.ts";
import { ExtractionCache, cacheFileFor, codeFingerprint, extractionFingerprint } from "./extraction-cache.ts";

/** The folder of the extraction code. */
const EXTRACTION_CODE = fileURLToPath(new URL("./extract", import.meta.url));

/** The folder of the reading code: what a parsed article depends on besides its file. */
const INGEST_CODE = fileURLToPath(new URL("./ingest", import.meta.url));

/** The folder of the chronology's code: merging. */
const CHRONOLOGY_CODE = fileURLToPath(new URL("./chronology", import.meta.url));

export interface TimelinePaths {
  /** Folder of article files. */
  articles: string;
  /** Folder of editorial data: actors/ and event-types/. */
  data: string;
  /** The build's day (YYYY-MM-DD): articles published after it are refused. Absent, no date is in the future. */
  today?: string;
  /** Folder of the extraction cache; absent, every article is extracted. */
  cache?: string;
  /** The extraction code, whose hash is part of every cache key: src/extract/ unless told otherwise. */
  extractionSources?: string[];
}

/**
 * Reads the articles and the data files, runs every stage and returns what the site prints. (I/O)
 * When articles and data files are both malformed, one SourceErrors lists all of them.
 */
export async function buildTimeline(paths: TimelinePaths, clock = new StageClock()): Promise<Timeline> {
  const parsed = paths.cache ? await ExtractionCache.open(cacheFileFor(paths.cache, paths.articles, "articles"), await codeFingerprint([INGEST_CODE])) : undefined;
  const [articles, registry, types] = await clock.time("reading", () => Promise.allSettled([
    readArticles(paths.articles, { today: paths.today }, parsed),
    loadActorRegistry(path.join(paths.data, "actors")),
    loadEventTypes(path.join(paths.data, "event-types")),
  ]));
  if (articles.status === "rejected" || registry.status === "rejected" || types.status === "rejected") {
    const failures = [articles, registry, types].flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    const errors = SourceErrors.collect(failures);
    throw errors && failures.length > 1 ? new SourceErrors(errors) : failures[0];
  }
  const knowledge = { registry: registry.value, types: types.value };
  let cache: ExtractionCache | undefined;
  let merges: ExtractionCache | undefined;
  if (paths.cache) {
    const fingerprint = await extractionFingerprint(paths.extractionSources ?? [EXTRACTION_CODE], knowledge);
    // Merged buckets depend on the records, so on all extraction depends on, and on the merging code.
    const mergeFingerprint = await codeFingerprint([CHRONOLOGY_CODE], fingerprint);
    [cache, merges] = await Promise.all([
      ExtractionCache.open(cacheFileFor(paths.cache, paths.articles), fingerprint),
      ExtractionCache.open(cacheFileFor(paths.cache, paths.articles, "merge"), mergeFingerprint),
    ]);
  }
  const chronology = buildChronology(articles.value, knowledge, clock, cache, merges);
  // The caches are written while the view is worked out.
  const saving = Promise.all([parsed?.save(), cache?.save(), merges?.save()]);
  try {
    return clock.timeSync("rendering", () => timelineView(articles.value, chronology, registry.value.actors, types.value));
  } finally {
    await saving;
  }
}
