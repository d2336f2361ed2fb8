import { writeSearchIndex, type SearchContent } from "./search-index.ts";
import { runAside, startAside, type Aside } from "./run-aside.ts";

interface SearchIndexTask {
  site: string;
  content: SearchContent;
}

export type SearchIndexer = Aside<SearchIndexTask, { pages: number }>;

/** Writes the search index; the task a worker thread runs (see writeSearchIndexAside). (I/O) */
export default function writeSearchIndexTask({ site, content }: SearchIndexTask): Promise<{ pages: number }> {
  return writeSearchIndex(site, content);
}

/** Starts the worker thread of writeSearchIndexAside ahead of its task. (I/O) */
export function startSearchIndexer(): SearchIndexer {
  return startAside(import.meta.url);
}

/**
 * writeSearchIndex on a worker thread, `started` ahead or of its own. Pagefind works in its own process but is fed by
 * messages: from the main thread they would wait for every synchronous rendering step, and the index would finish
 * long after the pages. (I/O)
 */
export function writeSearchIndexAside(site: string, content: SearchContent, started?: SearchIndexer): Promise<{ pages: number }> {
  return runAside(import.meta.url, { site, content }, started);
}
