import path from "node:path";
import type { PagefindIndex } from "pagefind";
import type { SearchPage, SearchRecord } from "./search-records.ts";
import type { SearchPart } from "./search-parts.ts";
import { inBatches } from "../in-batches.ts";

export interface SearchContent {
  /** Pages given from memory, parsed by Pagefind as HTML (headings with an id become sub-results). */
  pages?: SearchPage[];
  /** Records given from memory, with their words, metadata and filters. */
  records?: SearchRecord[];
  /** Pages read back from the site folder: every HTML file, or those of `glob`. */
  directory?: { glob?: string };
}

/**
 * Indexes the given content with Pagefind and writes the index and its French UI into `<site>/<folder>/`, "pagefind"
 * unless told otherwise; gives the number of pages and records indexed. (I/O)
 */
export async function writeSearchIndex(site: string, content: SearchContent, folder = "pagefind"): Promise<number> {
  return withPagefind(async () => fillAndWrite(await createIndex(), site, content, folder));
}

/** Writes each part's index into its folder of `site`, one after the other, with one Pagefind process; gives the pages and records indexed. (I/O) */
export async function writeSearchParts(site: string, parts: SearchPart[]): Promise<number> {
  return withPagefind(async () => {
    let count = 0;
    for (const part of parts) {
      const index = await createIndex();
      count += await fillAndWrite(index, site, { pages: part.pages, records: part.records }, part.folder);
      // Pagefind's process holds an index until told: each part's is let go once written.
      await index.deleteIndex();
    }
    return count;
  });
}

/** Runs `work` with Pagefind's process, closed after it whatever happens. (I/O) */
async function withPagefind(work: () => Promise<number>): Promise<number> {
  // Imported when used: a static import of Pagefind keeps tsx from loading the worker module that runs this.
  const pagefind = await import("pagefind");
  try {
    return await work();
  } finally {
    await pagefind.close();
  }
}

/** Gives the index its content and writes it. The Node API reports failures as values: each is turned into an exception. */
async function fillAndWrite(index: PagefindIndex, site: string, content: SearchContent, folder: string): Promise<number> {
  let count = 0;
  if (content.directory) {
    count += check(await index.addDirectory({ path: site, ...(content.directory.glob ? { glob: content.directory.glob } : {}) }), "index the site").page_count;
  }
  await inBatches(content.pages ?? [], 256, async (page) => check(await index.addHTMLFile(page), `index ${page.url}`));
  await inBatches(content.records ?? [], 256, async (record) => check(await index.addCustomRecord(record), `index ${record.url}`));
  count += (content.pages?.length ?? 0) + (content.records?.length ?? 0);
  check(await index.writeFiles({ outputPath: path.join(site, folder) }), "write the index");
  return count;
}

async function createIndex(): Promise<PagefindIndex> {
  const pagefind = await import("pagefind");
  const index = check(await pagefind.createIndex({ forceLanguage: "fr" }), "create the index").index;
  if (!index) throw new Error("Pagefind did not create an index");
  return index;
}

function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}
