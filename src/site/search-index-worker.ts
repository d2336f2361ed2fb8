import { promises as fs } from "node:fs";
import { feedAhead, writeSearchIndex, type FedAhead, type SearchContent } from "./search-index.ts";
import { yearOfSearchPage, type SearchPage } from "./search-records.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";
import { writeAtomically } from "../write-atomically.ts";

interface SearchIndexTask {
  site: string;
  content: SearchContent;
  /** Where to keep the pages indexed, for the next build to feed ahead (see feedSearchAhead). */
  keep?: string;
}

/** Preparations: read the pages the last build kept, then feed those of the years before `before`. */
type AheadTask = { readKept: string } | { feedBefore: number };

export type SearchIndexer = Aside<SearchIndexTask, { pages: number; ahead: number }>;

// The pages the last build kept, and the index fed ahead, if any: the next index task carries it on or drops it.
let kept: Promise<SearchPage[]> = Promise.resolve([]);
let fedAhead: Promise<FedAhead | undefined> | undefined;

/** Writes the search index, or readies it; the tasks a worker thread runs (see writeSearchIndexAside). (I/O) */
export default async function searchIndexTask(task: SearchIndexTask | AheadTask): Promise<{ pages: number; ahead: number } | undefined> {
  // A missing or unreadable file, or a failure of Pagefind's, only leaves nothing fed ahead.
  if ("readKept" in task) {
    kept = readKept(task.readKept).catch(() => []);
    return undefined;
  }
  if ("feedBefore" in task) {
    fedAhead = kept.then((pages) => {
      const later = pages.findIndex((page) => !(yearOfSearchPage(page.url) < task.feedBefore));
      const first = later < 0 ? pages : pages.slice(0, later);
      return first.length > 0 ? feedAhead(first) : undefined;
    }).catch(() => undefined);
    return undefined;
  }
  const { site, content, keep } = task;
  const keeping = keep ? keepPages(keep, content.pages ?? []) : undefined;
  const written = await writeSearchIndex(site, content, fedAhead);
  await keeping;
  return written;
}

async function readKept(file: string): Promise<SearchPage[]> {
  return (JSON.parse(await fs.readFile(file, "utf8")) as { pages: SearchPage[] }).pages;
}

/** Writes the pages as the next build reads them; a failure only leaves the next build nothing to feed ahead. (I/O) */
async function keepPages(file: string, pages: SearchPage[]): Promise<void> {
  await writeAtomically(file, JSON.stringify({ pages })).catch(() => undefined);
}

/** Starts the worker thread of writeSearchIndexAside ahead of its task. (I/O) */
export function startSearchIndexer(): SearchIndexer {
  return startAside(import.meta.url);
}

/** Has the index's thread read the pages the last build kept in `file` (see `keep`), for feedSearchAhead. (I/O) */
export function readKeptSearchPages(indexer: SearchIndexer, file: string): void {
  indexer.prepare({ readKept: file } satisfies AheadTask);
}

/**
 * Feeds the index, before the build knows its pages, the kept pages of the years before `before`: the chronological
 * first pages, which an edit of later years leaves as they were. The index task checks them against its own. (I/O)
 */
export function feedSearchAhead(indexer: SearchIndexer, before: number): void {
  indexer.prepare({ feedBefore: before } satisfies AheadTask);
}

/**
 * writeSearchIndex on a worker thread, `started` ahead or of its own. Pagefind works in its own process but is fed by
 * messages: from the main thread they would wait for every synchronous rendering step, and the index would finish
 * long after the pages. (I/O)
 */
export function writeSearchIndexAside(site: string, content: SearchContent, started?: SearchIndexer, keep?: string): Promise<{ pages: number; ahead: number }> {
  return runAside(import.meta.url, { site, content, ...(keep ? { keep } : {}) }, started);
}
