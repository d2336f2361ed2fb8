import path from "node:path";
import { readArticles } from "./ingest/read-articles.ts";
import { loadActorRegistry } from "./extract/actors/load-actor-registry.ts";
import { loadEventTypes } from "./extract/event-types/load-event-types.ts";
import { buildChronology } from "./chronology/build-chronology.ts";
import { timelineView, type Timeline } from "./site/timeline-view.ts";

export interface TimelinePaths {
  /** Folder of article files. */
  articles: string;
  /** Folder of editorial data: actors/ and event-types/. */
  data: string;
}

/** Reads the articles and the data files, runs every stage and returns what the site prints. (I/O) */
export async function buildTimeline(paths: TimelinePaths): Promise<Timeline> {
  const [articles, registry, types] = await Promise.all([
    readArticles(paths.articles),
    loadActorRegistry(path.join(paths.data, "actors")),
    loadEventTypes(path.join(paths.data, "event-types")),
  ]);
  const chronology = buildChronology(articles, { registry, types });
  return timelineView(articles, chronology, registry.actors, types);
}
