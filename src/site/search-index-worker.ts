import { writeSearchIndex, type SearchContent } from "./search-index.ts";
import { runAside } from "./run-aside.ts";

/** Writes the search index; the task a worker thread runs (see writeSearchIndexAside). (I/O) */
export default function writeSearchIndexTask({ site, content }: { site: string; content: SearchContent }): Promise<{ pages: number }> {
  return writeSearchIndex(site, content);
}

/**
 * writeSearchIndex on a worker thread. Pagefind works in its own process but is fed by messages: from the main
 * thread they would wait for every synchronous rendering step, and the index would finish long after the pages. (I/O)
 */
export function writeSearchIndexAside(site: string, content: SearchContent): Promise<{ pages: number }> {
  return runAside(import.meta.url, { site, content });
}
