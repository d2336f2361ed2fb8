import { writeSearchParts } from "./search-index.ts";
import type { SearchPart } from "./search-parts.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";

interface SearchIndexTask {
  site: string;
  /** The parts whose index is written; the others are kept from an earlier build. */
  parts: SearchPart[];
}

export type SearchIndexer = Aside<SearchIndexTask, number>;

/** Writes the indexes of the search parts; the task a worker thread runs (see writeSearchIndexAside). (I/O) */
export default async function searchIndexTask({ site, parts }: SearchIndexTask): Promise<number> {
  return writeSearchParts(site, parts);
}

/** Starts the worker thread of writeSearchIndexAside ahead of its task. (I/O) */
export function startSearchIndexer(): SearchIndexer {
  return startAside(import.meta.url);
}

/**
 * writeSearchParts on a worker thread, `started` ahead or of its own. Pagefind works in its own process but is fed by
 * messages: from the main thread they would wait for every synchronous rendering step, and the index would finish
 * long after the pages. (I/O)
 */
export function writeSearchIndexAside(site: string, parts: SearchPart[], started?: SearchIndexer): Promise<number> {
  return runAside(import.meta.url, { site, parts }, started);
}
