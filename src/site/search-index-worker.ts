import { writeSearchIndex, type SearchContent } from "./search-index.ts";

/** Writes the search index; the task a worker thread runs (see writeSearchIndexAside). (I/O) */
export default function writeSearchIndexTask({ site, content }: { site: string; content: SearchContent }): Promise<{ pages: number }> {
  return writeSearchIndex(site, content);
}

/**
 * writeSearchIndex on a worker thread. Pagefind works in its own process but is fed by messages: from the main
 * thread they would wait for every synchronous rendering step, and the index would finish long after the pages.
 * (I/O)
 */
export async function writeSearchIndexAside(site: string, content: SearchContent): Promise<{ pages: number }> {
  // Imported here, not at the top: this module is also the worker's, and Piscina loaded in a worker takes it over.
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: import.meta.url, minThreads: 1, maxThreads: 1 });
  try {
    return (await pool.run({ site, content })) as { pages: number };
  } finally {
    await pool.destroy();
  }
}
