import path from "node:path";
import type { SearchPage, SearchRecord } from "./search-records.ts";
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
 * Indexes the given content with Pagefind and writes the index and its French UI into `<site>/pagefind/`. (I/O)
 * The Node API reports failures as values, so every answer is checked and turned into an exception.
 */
export async function writeSearchIndex(site: string, content: SearchContent): Promise<{ pages: number }> {
  // Imported when used: a static import of Pagefind keeps tsx from loading the worker module that runs this.
  const pagefind = await import("pagefind");
  const created = await pagefind.createIndex({ forceLanguage: "fr" });
  try {
    const index = check(created, "create the index").index;
    if (!index) throw new Error("Pagefind did not create an index");
    let pages = 0;
    if (content.directory) {
      pages += check(await index.addDirectory({ path: site, ...(content.directory.glob ? { glob: content.directory.glob } : {}) }), "index the site").page_count;
    }
    const add = async <T extends { url: string }>(items: T[], send: (item: T) => Promise<{ errors: string[] }>) => {
      await inBatches(items, 256, async (item) => check(await send(item), `index ${item.url}`));
      pages += items.length;
    };
    await add(content.pages ?? [], (page) => index.addHTMLFile(page));
    await add(content.records ?? [], (record) => index.addCustomRecord(record));
    check(await index.writeFiles({ outputPath: path.join(site, "pagefind") }), "write the index");
    return { pages };
  } finally {
    await pagefind.close();
  }
}

function check<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${doing}: ${response.errors.join("; ")}`);
  return response;
}
